package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Settings and job sets for tests: fast polling, short delays. */
final class TestSchedulers {
  static final ServiceName EDX = ServiceName.EDX;

  private TestSchedulers() {}

  static SchedulerSettings settings(
      JobStoreSettings store,
      String instanceId,
      CronSettings crons,
      ReconcilerSettings reconcilers) {
    return new SchedulerSettings(
        store,
        "mork-test",
        instanceId,
        2,
        Duration.ofSeconds(1),
        Duration.ofMillis(200),
        Duration.ofSeconds(1),
        crons,
        reconcilers);
  }

  static SchedulerSettings ram() {
    return settings(new JobStoreSettings.Ram(), "AUTO", CronSettings.OFF, noReconcilers());
  }

  static ReconcilerSettings noReconcilers() {
    return ReconcilerSettings.defaults(List.of());
  }

  static WorkerJobs tasksOnly(RunTaskUseCase runTask) {
    return new WorkerJobs(runTask, unusedSubmit(), idleReconcile(), service -> {});
  }

  static WorkerJobs jobs(
      RunTaskUseCase runTask,
      SubmitTaskUseCase submit,
      ReconcileServiceUseCase reconcile,
      Consumer<ServiceName> onRejected) {
    return new WorkerJobs(runTask, submit, reconcile, onRejected);
  }

  static SubmitTaskUseCase unusedSubmit() {
    return command -> {
      throw new AssertionError("no schedule expected");
    };
  }

  static ReconcileServiceUseCase idleReconcile() {
    return command -> new ReconcileServiceUseCase.Result(0, Map.of(), false);
  }

  static RunTaskUseCase unusedRun() {
    return taskId -> {
      throw new AssertionError("no task expected");
    };
  }

  static ReconcileServiceUseCase.Result claimed(int count, boolean rejected) {
    return new ReconcileServiceUseCase.Result(count, Map.of("deleted", count), rejected);
  }
}

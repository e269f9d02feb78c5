package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a worker node executes: the use cases its jobs call, and a callback told each time a service
 * rejects Mork's credentials (bind it to a metric; it runs on a scheduler thread).
 */
public record WorkerJobs(
    RunTaskUseCase runTask,
    SubmitTaskUseCase submitTask,
    ReconcileServiceUseCase reconcile,
    Consumer<ServiceName> onServiceRejected) {

  public WorkerJobs {
    Objects.requireNonNull(runTask, "runTask");
    Objects.requireNonNull(submitTask, "submitTask");
    Objects.requireNonNull(reconcile, "reconcile");
    Objects.requireNonNull(onServiceRejected, "onServiceRejected");
  }
}

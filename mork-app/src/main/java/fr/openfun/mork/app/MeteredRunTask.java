package fr.openfun.mork.app;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Counts task runs by type and resulting status ({@code mork_task_runs_total}). */
final class MeteredRunTask implements RunTaskUseCase {
  private final RunTaskUseCase delegate;
  private final MeterRegistry registry;

  MeteredRunTask(RunTaskUseCase delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public Task run(UUID taskId) {
    return counted(delegate.run(taskId));
  }

  @Override
  public Task run(UUID taskId, BooleanSupplier stopping) {
    return counted(delegate.run(taskId, stopping));
  }

  @Override
  public Task run(UUID taskId, BooleanSupplier stopping, Runnable onRecorded) {
    return counted(delegate.run(taskId, stopping, onRecorded));
  }

  private Task counted(Task task) {
    registry
        .counter("mork.task.runs", "type", task.type().wireName(), "status", task.status().name())
        .increment();
    return task;
  }
}

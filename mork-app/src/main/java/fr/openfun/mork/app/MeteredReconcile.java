package fr.openfun.mork.app;

import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts erasures by service and outcome ({@code mork_erasures_total}) around a reconciler. */
final class MeteredReconcile implements ReconcileServiceUseCase {
  private final ReconcileServiceUseCase delegate;
  private final MeterRegistry registry;

  MeteredReconcile(ReconcileServiceUseCase delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public Result reconcile(Command command) {
    Result result = delegate.reconcile(command);
    String service = command.service().value();
    result
        .outcomes()
        .forEach(
            (outcome, count) ->
                registry
                    .counter("mork.erasures", "service", service, "outcome", outcome)
                    .increment(count));
    if (result.serviceRejected()) {
      registry.counter("mork.service.rejections", "service", service).increment();
    }
    return result;
  }
}

package fr.openfun.mork.app;

import fr.openfun.mork.adapter.scheduler.MorkScheduler;
import fr.openfun.mork.adapter.scheduler.ReconcilerStatus;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gauges read from the ledger and the scheduler: statuses per service and deletion status (the
 * reconciler backlog is {@code to_delete}) and whether a service's reconciler is paused because it
 * rejected Mork. The ledger is counted at most every ten seconds, whatever the scrape rate.
 */
final class LedgerGauges {
  private LedgerGauges() {}

  static void bind(
      MeterRegistry registry,
      LedgerRepository ledger,
      MorkScheduler scheduler,
      Collection<ServiceName> services,
      Collection<ServiceName> erasing) {
    Supplier<Map<ServiceName, Map<DeletionStatus, Long>>> counts =
        cached(ledger::countByServiceAndStatus, Duration.ofSeconds(10));
    for (ServiceName service : erasing) {
      Gauge.builder("mork.reconciler.rejected", scheduler, s -> rejected(s, service))
          .tag("service", service.value())
          .register(registry);
    }
    for (DeletionStatus status : DeletionStatus.values()) {
      for (ServiceName service : services) {
        Gauge.builder(
                "mork.ledger.statuses",
                counts,
                c -> c.get().getOrDefault(service, Map.of()).getOrDefault(status, 0L))
            .tag("service", service.value())
            .tag("status", status.wireName())
            // Micrometer holds a gauge's object weakly: nothing else keeps this cache alive.
            .strongReference(true)
            .register(registry);
      }
    }
  }

  private static double rejected(MorkScheduler scheduler, ServiceName service) {
    return scheduler.reconcilerStatuses().stream()
            .filter(s -> s.service().equals(service))
            .anyMatch(ReconcilerStatus::rejected)
        ? 1
        : 0;
  }

  private static <T> Supplier<T> cached(Supplier<T> source, Duration ttl) {
    return new Supplier<>() {
      private T value;
      private Instant readAt = Instant.MIN;

      @Override
      public synchronized T get() {
        Instant now = Instant.now();
        if (value == null || readAt.plus(ttl).isBefore(now)) {
          value = source.get();
          readAt = now;
        }
        return value;
      }
    };
  }
}

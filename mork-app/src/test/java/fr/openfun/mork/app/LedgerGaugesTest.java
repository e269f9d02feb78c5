package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.adapter.scheduler.CronSettings;
import fr.openfun.mork.adapter.scheduler.JobStoreSettings;
import fr.openfun.mork.adapter.scheduler.MorkScheduler;
import fr.openfun.mork.adapter.scheduler.ReconcilerSettings;
import fr.openfun.mork.adapter.scheduler.SchedulerSettings;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.testing.InMemoryLedgerRepository;
import fr.openfun.mork.testing.LedgerFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerGaugesTest {
  private final List<ServiceName> services = List.of(ServiceName.EDX);
  private final MorkScheduler scheduler =
      new MorkScheduler(
          SchedulerSettings.of(
              new JobStoreSettings.Ram(), CronSettings.OFF, ReconcilerSettings.defaults(services)),
          Clock.systemUTC());

  @AfterEach
  void stop() {
    scheduler.shutdown(false);
  }

  /**
   * The fault tests read NaN for {@code mork_ledger_statuses} once a collection had run: Micrometer
   * keeps a gauge's object weakly and nothing else held the counts' cache. Seen failing (NaN)
   * without {@code strongReference(true)}.
   */
  @Test
  void givenAGarbageCollection_ledgerStatusesGauge_stillCountsTheLedger() {
    InMemoryLedgerRepository ledger = new InMemoryLedgerRepository();
    ledger.record(LedgerFixtures.aLedgerEntry(), Instant.now(), Actor.SYSTEM);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    LedgerGauges.bind(registry, ledger, scheduler, services, services);
    for (int i = 0; i < 3; i++) {
      System.gc();
    }

    double toDelete =
        registry
            .get("mork.ledger.statuses")
            .tags("service", "edx", "status", "to_delete")
            .gauge()
            .value();

    assertThat(toDelete).isEqualTo(1);
  }
}

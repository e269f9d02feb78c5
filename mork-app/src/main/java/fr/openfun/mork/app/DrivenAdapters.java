package fr.openfun.mork.app;

import fr.openfun.mork.adapter.edx.ActivityProbes;
import fr.openfun.mork.adapter.edx.EdxDatabase;
import fr.openfun.mork.adapter.edx.JooqEdxAccountEraser;
import fr.openfun.mork.adapter.edx.JooqEdxUserDirectory;
import fr.openfun.mork.adapter.edx.JooqErasurePlanner;
import fr.openfun.mork.adapter.edx.RetiredPlaceholder;
import fr.openfun.mork.adapter.sarbacane.SarbacaneAccountEraser;
import fr.openfun.mork.adapter.sarbacane.SarbacaneEnvironment;
import fr.openfun.mork.adapter.store.MorkStore;
import fr.openfun.mork.adapter.store.StoreSettings;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.StoreConfig;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import fr.openfun.mork.domain.port.out.HealthCheck;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every driven adapter, opened from the configuration: Mork's store, the edX database with its
 * directory, planner and eraser, the notifier, and the erasers of Sarbacane and webhook services.
 */
record DrivenAdapters(
    MorkStore store,
    EdxDatabase edx,
    EdxUserDirectory directory,
    ErasurePlanner planner,
    AccountEraser edxEraser,
    WarningNotifier notifier,
    List<AccountEraser> erasers,
    List<HealthCheck> healthChecks)
    implements AutoCloseable {

  static DrivenAdapters open(MorkConfig config, Clock clock) {
    MorkStore store = MorkStore.open(storeSettings(config));
    var demoCreated = new java.util.concurrent.atomic.AtomicBoolean();
    EdxDatabase edx = EdxWiring.open(config, clock, () -> demoCreated.set(true));
    RetiredPlaceholder retired = EdxWiring.retired(config);
    EdxUserDirectory directory = new JooqEdxUserDirectory(edx, ActivityProbes.none(), retired);
    if (demoCreated.get()) {
      DemoWarnings.seed(directory, store.warnings(), config.policy().inactivity(), clock);
    }
    ErasurePlanner planner = new JooqErasurePlanner(edx, EdxWiring.rules(config), clock);
    AccountEraser edxEraser = new JooqEdxAccountEraser(edx, planner, retired);
    List<AccountEraser> erasers = new ArrayList<>();
    erasers.add(edxEraser);
    if (config.sarbacane().enabled()) {
      SarbacaneAccountEraser.ifEnabled(SarbacaneEnvironment.settings(config.variables()), clock)
          .ifPresent(erasers::add);
    }
    erasers.addAll(NotifyWiring.webhooks(config, clock));
    List<HealthCheck> health = List.of(store.health(), new EdxHealthCheck(directory));
    return new DrivenAdapters(
        store,
        edx,
        directory,
        planner,
        edxEraser,
        NotifyWiring.notifier(config, clock),
        List.copyOf(erasers),
        health);
  }

  /** The same adapters with emails counted in {@code registry}. */
  DrivenAdapters metered(io.micrometer.core.instrument.MeterRegistry registry) {
    return new DrivenAdapters(
        store,
        edx,
        directory,
        planner,
        edxEraser,
        new MeteredNotifier(notifier, registry),
        erasers,
        healthChecks);
  }

  static StoreSettings storeSettings(MorkConfig config) {
    StoreConfig store = config.store();
    return new StoreSettings(
        store.jdbcUrl(),
        store.user(),
        store.password().value(),
        PiiKey.resolve(config),
        store.poolSize());
  }

  @Override
  public void close() {
    edx.close();
    store.close();
  }
}

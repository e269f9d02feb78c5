package fr.openfun.mork.app;

import fr.openfun.mork.adapter.scheduler.CronSettings;
import fr.openfun.mork.adapter.scheduler.JobStoreSettings;
import fr.openfun.mork.adapter.scheduler.ReconcilerSettings;
import fr.openfun.mork.adapter.scheduler.SchedulerSettings;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.ScheduleConfig;
import fr.openfun.mork.app.config.StoreConfig;
import fr.openfun.mork.domain.port.out.AccountEraser;
import java.time.Duration;

/**
 * Quartz settings: RAM job store with the embedded H2 store, clustered JDBC store on PostgreSQL;
 * one reconciler per erasing service (edX, Sarbacane when enabled, each webhook service).
 */
final class SchedulerWiring {
  private SchedulerWiring() {}

  static SchedulerSettings settings(MorkConfig config, DrivenAdapters adapters) {
    ScheduleConfig schedule = config.schedule();
    JobStoreSettings store =
        config.store().kind() == StoreConfig.Kind.POSTGRESQL
            ? new JobStoreSettings.Jdbc(
                adapters.store().dataSource(), "QRTZ_", schedule.clusterCheckinInterval())
            : new JobStoreSettings.Ram();
    CronSettings crons =
        new CronSettings(
            schedule.warnCron(), schedule.deleteCron(), schedule.zone(), schedule.deleteDryRun());
    ReconcilerSettings reconcilers =
        new ReconcilerSettings(
            adapters.erasers().stream().map(AccountEraser::service).toList(),
            schedule.reconcileInterval(),
            schedule.reconcileBatchSize(),
            schedule.reconcileEdxBatchSize(),
            20,
            Duration.ofHours(1));
    return SchedulerSettings.of(store, crons, reconcilers);
  }
}

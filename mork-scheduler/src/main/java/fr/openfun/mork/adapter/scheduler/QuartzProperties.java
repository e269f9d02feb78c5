package fr.openfun.mork.adapter.scheduler;

import java.util.Properties;

/** Translates the settings into StdSchedulerFactory properties. */
final class QuartzProperties {
  private QuartzProperties() {}

  static Properties of(SchedulerSettings settings, String dataSourceName) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
    p.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
    p.setProperty(
        "org.quartz.scheduler.idleWaitTime", Long.toString(settings.pollInterval().toMillis()));
    // shutdown(true) tells running jobs to stop at their next page or batch, then waits for them.
    p.setProperty("org.quartz.scheduler.interruptJobsOnShutdownWithWait", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threadCount()));
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold",
        Long.toString(settings.misfireThreshold().toMillis()));
    switch (settings.jobStore()) {
      case JobStoreSettings.Ram ram ->
          p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
      case JobStoreSettings.Jdbc jdbc -> {
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty(
            "org.quartz.jobStore.driverDelegateClass",
            "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", jdbc.tablePrefix());
        // String-only job data: no Java serialization in the database.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty(
            "org.quartz.jobStore.clusterCheckinInterval",
            Long.toString(jdbc.clusterCheckinInterval().toMillis()));
      }
    }
    return p;
  }
}

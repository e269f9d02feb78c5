package fr.openfun.mork.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {

  @Test
  void givenInvalidDeletionCron_settings_areRejectedNamingTheVariable() {
    Optional<String> cron = Optional.of("every day at 3");

    assertThatThrownBy(() -> new CronSettings(Optional.empty(), cron, ZoneId.of("UTC"), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MORK_DELETION_CRON");
  }

  @Test
  void givenPollIntervalUnderASecond_settings_areRejected() {
    SchedulerSettings defaults = TestSchedulers.ram();

    assertThatThrownBy(
            () ->
                new SchedulerSettings(
                    defaults.jobStore(),
                    "mork",
                    "AUTO",
                    2,
                    Duration.ofMillis(500),
                    defaults.retryDelay(),
                    defaults.misfireThreshold(),
                    defaults.crons(),
                    defaults.reconcilers()))
        .hasMessageContaining("pollInterval");
  }

  @Test
  void givenJdbcStore_properties_clusterOnPostgresWithStringJobData() {
    SchedulerSettings settings =
        TestSchedulers.settings(
                JobStoreSettings.Jdbc.postgres(new NoDataSource()),
                "AUTO",
                CronSettings.OFF,
                TestSchedulers.noReconcilers())
            .withInstanceId("AUTO");

    Properties properties = QuartzProperties.of(settings, "ds");

    assertThat(properties)
        .containsEntry("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX")
        .containsEntry(
            "org.quartz.jobStore.driverDelegateClass",
            "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate")
        .containsEntry("org.quartz.jobStore.isClustered", "true")
        .containsEntry("org.quartz.jobStore.clusterCheckinInterval", "7500")
        .containsEntry("org.quartz.jobStore.useProperties", "true")
        .containsEntry("org.quartz.jobStore.dataSource", "ds")
        .containsEntry("org.quartz.scheduler.instanceId", "AUTO")
        .containsEntry("org.quartz.threadPool.threadCount", "2");
  }

  @Test
  void givenRamStore_properties_useTheRamJobStore() {
    Properties properties = QuartzProperties.of(TestSchedulers.ram(), "unused");

    assertThat(properties)
        .containsEntry("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore")
        .doesNotContainKey("org.quartz.jobStore.isClustered");
  }

  /** A data source the properties never touch. */
  private static final class NoDataSource implements DataSource {
    @Override
    public Connection getConnection() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Connection getConnection(String user, String password) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}

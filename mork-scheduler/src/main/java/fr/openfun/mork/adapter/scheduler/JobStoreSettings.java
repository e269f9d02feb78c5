package fr.openfun.mork.adapter.scheduler;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** Where Quartz keeps its jobs: in memory (embedded mode) or in PostgreSQL, clustered. */
public sealed interface JobStoreSettings {

  /** Jobs live in memory: lost on restart, one node only. */
  record Ram() implements JobStoreSettings {}

  /**
   * Jobs live in the {@code qrtz_*} tables of PostgreSQL (created by the store's migrations),
   * shared by every node with the same scheduler name. The application owns {@code dataSource} (a
   * pool): the scheduler never closes it. A node whose last check-in is older than {@code
   * clusterCheckinInterval} plus 7.5 s is declared dead and its recoverable jobs re-run elsewhere.
   */
  record Jdbc(DataSource dataSource, String tablePrefix, Duration clusterCheckinInterval)
      implements JobStoreSettings {
    public Jdbc {
      Objects.requireNonNull(dataSource, "dataSource");
      Objects.requireNonNull(tablePrefix, "tablePrefix");
      Objects.requireNonNull(clusterCheckinInterval, "clusterCheckinInterval");
      if (clusterCheckinInterval.toMillis() < 100) {
        throw new IllegalArgumentException("clusterCheckinInterval must be >= 100 ms");
      }
    }

    /** The {@code QRTZ_} tables, checking in every 7.5 s (Quartz's default). */
    public static Jdbc postgres(DataSource dataSource) {
      return new Jdbc(dataSource, "QRTZ_", Duration.ofMillis(7500));
    }
  }
}

package fr.openfun.mork.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;

/**
 * Connection-pool usage ({@code hikaricp_connections_active}, {@code _idle}, {@code _pending},
 * {@code _max}, acquire and usage timers...) tagged with the pool name ({@code mork-store}, {@code
 * mork-edx}). Hikari accepts its metrics tracker once, even after the pool started, so the adapters
 * need not know Micrometer.
 */
final class PoolMetrics {
  private PoolMetrics() {}

  static void bind(MeterRegistry registry, DataSource... pools) {
    for (DataSource pool : pools) {
      if (pool instanceof HikariDataSource hikari && hikari.getMetricsTrackerFactory() == null) {
        hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
      }
    }
  }
}

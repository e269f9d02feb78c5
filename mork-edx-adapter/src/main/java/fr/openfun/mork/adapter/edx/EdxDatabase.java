package fr.openfun.mork.adapter.edx;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The connection pools to the edX database: one for writes (erasure), one for scans (the read
 * replica when configured, else the same pool). Hikari validates connections before lending them,
 * so the pool survives a database restart. Close it at shutdown.
 */
public final class EdxDatabase implements AutoCloseable {
  private final EdxDatabaseSettings settings;
  private final HikariDataSource primary;
  private final HikariDataSource replica;

  public EdxDatabase(EdxDatabaseSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.primary = pool("mork-edx", settings.jdbcUrl(), false);
    this.replica =
        settings.readReplicaUrl().map(url -> pool("mork-edx-replica", url, true)).orElse(null);
  }

  private HikariDataSource pool(String name, String url, boolean readOnly) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(url);
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setMinimumIdle(1);
    config.setReadOnly(readOnly);
    config.setAutoCommit(true);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  public EdxDatabaseSettings settings() {
    return settings;
  }

  /** The pool used for erasure (and by the benchmark to compare with raw JDBC). */
  public DataSource primaryDataSource() {
    return primary;
  }

  DSLContext primary() {
    return dsl(primary);
  }

  DSLContext scans() {
    return dsl(replica == null ? primary : replica);
  }

  private DSLContext dsl(DataSource dataSource) {
    Settings jooq =
        new Settings()
            .withQueryTimeout((int) Math.max(1, settings.queryTimeout().toSeconds()))
            .withExecuteLogging(settings.debug());
    return DSL.using(dataSource, settings.dialect().jooq(), jooq);
  }

  @Override
  public void close() {
    primary.close();
    if (replica != null) {
      replica.close();
    }
  }
}

package fr.openfun.mork.adapter.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.HealthCheck;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.domain.port.out.TaskRepository;
import fr.openfun.mork.domain.port.out.WarningRepository;
import javax.sql.DataSource;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Mork's own database: a connection pool, migrated on open, and the repositories over it. The app
 * opens one per process ({@link #open}) and closes it at shutdown; {@code mork migrate} calls
 * {@link #migrate} alone.
 */
public final class MorkStore implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final LedgerRepository ledger;
  private final WarningRepository warnings;
  private final TaskRepository tasks;
  private final AuditLog audit;
  private final ControlRepository controls;
  private final HealthCheck health;

  private MorkStore(HikariDataSource dataSource, Vendor vendor, String hmacSecret) {
    this.dataSource = dataSource;
    Db db =
        new Db(
            DSL.using(
                dataSource,
                vendor.dialect(),
                new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.NEVER)
                    .withExecuteLogging(false)),
            vendor);
    PiiHasher hasher = new PiiHasher(hmacSecret);
    AuditWriter writer = new AuditWriter(hasher);
    TaskJson json = new TaskJson();
    this.ledger = new JooqLedgerRepository(db, hasher, writer, json);
    this.warnings = new JooqWarningRepository(db);
    this.tasks = new JooqTaskRepository(db, json);
    this.audit = new JooqAuditLog(db, writer);
    this.controls = new JooqControlRepository(db, writer);
    this.health = new DatabaseHealthCheck(dataSource);
  }

  /** Opens the pool, applies pending migrations and builds the repositories. */
  public static MorkStore open(StoreSettings settings) {
    HikariDataSource pool = pool(settings);
    try {
      Vendor vendor = Vendor.of(settings.jdbcUrl());
      Migrations.apply(pool, vendor);
      return new MorkStore(pool, vendor, settings.hmacSecret());
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Applies pending migrations (Mork's tables, and Quartz's on PostgreSQL); returns how many. */
  public static int migrate(StoreSettings settings) {
    try (HikariDataSource pool = pool(settings)) {
      return Migrations.apply(pool, Vendor.of(settings.jdbcUrl()));
    }
  }

  private static HikariDataSource pool(StoreSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("mork-store");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setAutoCommit(true);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot connect to Mork's store at " + settings.jdbcUrl() + ": " + e.getMessage());
    }
  }

  public LedgerRepository ledger() {
    return ledger;
  }

  public WarningRepository warnings() {
    return warnings;
  }

  public TaskRepository tasks() {
    return tasks;
  }

  public AuditLog audit() {
    return audit;
  }

  public ControlRepository controls() {
    return controls;
  }

  /** The heartbeat check named {@code database}. */
  public HealthCheck health() {
    return health;
  }

  /** The pool, for Quartz's JDBC job store on PostgreSQL (same database, same migrations). */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}

package fr.openfun.mork.adapter.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Flyway over the shared migrations and the vendor's own folder. */
final class Migrations {
  private Migrations() {}

  /** Applies pending migrations; returns how many ran (0 when the schema is up to date). */
  static int apply(DataSource dataSource, Vendor vendor) {
    try {
      return Flyway.configure()
          .dataSource(dataSource)
          .locations(vendor.migrationLocations())
          .table("mork_schema_history")
          .baselineOnMigrate(false)
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new IllegalStateException("migrating Mork's store failed: " + e.getMessage());
    }
  }
}

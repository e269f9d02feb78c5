package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Migrations apply from scratch on both vendors, re-run as no-ops, and give the same schema. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsIT {
  private final TestStore postgres = TestStore.postgres("migrations");
  private final TestStore h2 = TestStore.h2("migrations");

  @AfterAll
  void dropDatabases() {
    postgres.close();
    h2.close();
  }

  @Test
  void givenEmptyDatabases_migrateTwice_appliesEverythingThenNothing() {
    try (TestStore emptyPostgres = TestStore.postgres("fresh");
        TestStore emptyH2 = TestStore.h2("fresh")) {
      int first =
          MorkStore.migrate(emptyPostgres.settings()) + MorkStore.migrate(emptyH2.settings());

      int second =
          MorkStore.migrate(emptyPostgres.settings()) + MorkStore.migrate(emptyH2.settings());

      assertThat(first).isEqualTo(12);
      assertThat(second).isZero();
    }
  }

  @Test
  void givenBothVendorsMigrated_columns_matchByNameTypeFamilyAndNullability() throws SQLException {
    MorkStore.migrate(postgres.settings());
    MorkStore.migrate(h2.settings());

    Map<String, String> pg = columns(postgres);
    Map<String, String> embedded = columns(h2);

    assertThat(pg).hasSizeGreaterThan(50).isEqualTo(embedded);
  }

  @Test
  void givenPostgresMigrated_quartzJobStoreTables_exist() throws SQLException {
    MorkStore.migrate(postgres.settings());

    Map<String, String> all = columns(postgres, true);

    assertThat(all)
        .containsKeys(
            "qrtz_triggers.next_fire_time", "qrtz_locks.lock_name", "qrtz_job_details.job_data");
  }

  private static Map<String, String> columns(TestStore db) throws SQLException {
    return columns(db, false);
  }

  /** table.column → type family and nullability, Mork's tables only unless {@code quartz}. */
  private static Map<String, String> columns(TestStore db, boolean quartz) throws SQLException {
    Map<String, String> columns = new TreeMap<>();
    try (Connection c = db.store().dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                        + " WHERE LOWER(table_schema) = 'public'")) {
      while (rs.next()) {
        String table = rs.getString(1).toLowerCase(Locale.ROOT);
        if (table.equals("mork_schema_history") || (table.startsWith("qrtz_") != quartz)) {
          continue;
        }
        columns.put(
            table + "." + rs.getString(2).toLowerCase(Locale.ROOT),
            family(rs.getString(3)) + (rs.getString(4).equals("YES") ? " null" : " not null"));
      }
    }
    return columns;
  }

  private static String family(String dataType) {
    String type = dataType.toLowerCase(Locale.ROOT);
    return switch (type) {
      // H2 2.x stores TEXT as a long CHARACTER VARYING; both are the string family
      case "text", "character varying", "character large object" -> "string";
      default -> type;
    };
  }
}

package fr.openfun.mork.adapter.store;

import org.jooq.SQLDialect;

/** The two databases Mork's store runs on, told apart by the JDBC URL. */
enum Vendor {
  POSTGRESQL(SQLDialect.POSTGRES, "postgresql"),
  H2(SQLDialect.H2, "h2");

  private final SQLDialect dialect;
  private final String folder;

  Vendor(SQLDialect dialect, String folder) {
    this.dialect = dialect;
    this.folder = folder;
  }

  static Vendor of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "unsupported store JDBC URL: expected jdbc:postgresql:... or jdbc:h2:...");
  }

  SQLDialect dialect() {
    return dialect;
  }

  /** Flyway locations: the shared migrations, then this vendor's own. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/mork/common", "classpath:db/mork/" + folder};
  }
}

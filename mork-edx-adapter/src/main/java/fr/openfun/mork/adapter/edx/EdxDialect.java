package fr.openfun.mork.adapter.edx;

import org.jooq.SQLDialect;

/** The SQL flavour of the edX database; chosen by configuration, never guessed from the URL. */
public enum EdxDialect {
  MARIADB(SQLDialect.MARIADB),
  MYSQL(SQLDialect.MYSQL),
  /** H2 in MySQL mode, for the embedded demo ({@code MODE=MySQL;DATABASE_TO_LOWER=TRUE}). */
  H2(SQLDialect.H2);

  private final SQLDialect jooq;

  EdxDialect(SQLDialect jooq) {
    this.jooq = jooq;
  }

  SQLDialect jooq() {
    return jooq;
  }

  /** True for the MySQL family, whose information_schema names referenced columns directly. */
  public boolean mysqlFamily() {
    return this != H2;
  }
}

package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * Mork's own database ({@code MORK_DB_*}): PostgreSQL when a host is configured, else an embedded
 * H2 file database in the data folder.
 */
public record StoreConfig(Kind kind, String jdbcUrl, String user, Secret password, int poolSize) {

  /** The supported store engines. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  public StoreConfig {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }
}

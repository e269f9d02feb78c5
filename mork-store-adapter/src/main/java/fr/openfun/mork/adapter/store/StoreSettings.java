package fr.openfun.mork.adapter.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Mork's own database is and how to reach it, with the secret that keys the hashes of
 * minimised personal data. Build it with {@link #postgres}, {@link #h2File}, {@link #h2Memory} or,
 * for a full JDBC URL ({@code jdbc:postgresql:...} or {@code jdbc:h2:...}), the constructor.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the database user (may be empty for H2)
 * @param password the password (may be empty)
 * @param hmacSecret the HMAC-SHA256 key of the personal-data hashes (at least 16 characters)
 * @param maxPoolSize the size of the connection pool
 */
public record StoreSettings(
    String jdbcUrl, String user, String password, String hmacSecret, int maxPoolSize) {

  public static final int DEFAULT_POOL_SIZE = 10;

  public StoreSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(hmacSecret, "hmacSecret");
    Vendor.of(jdbcUrl);
    if (hmacSecret.length() < 16) {
      throw new IllegalArgumentException("hmacSecret must hold at least 16 characters");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be >= 1, was " + maxPoolSize);
    }
  }

  /** PostgreSQL from the original {@code MORK_DB_HOST/PORT/NAME/USER/PASSWORD} values. */
  public static StoreSettings postgres(
      String host, int port, String name, String user, String password, String hmacSecret) {
    return new StoreSettings(
        "jdbc:postgresql://" + host + ":" + port + "/" + name,
        user,
        password,
        hmacSecret,
        DEFAULT_POOL_SIZE);
  }

  /** The embedded mode: an H2 database in {@code file} (H2 adds {@code .mv.db}). */
  public static StoreSettings h2File(Path file, String hmacSecret) {
    return new StoreSettings(
        "jdbc:h2:file:" + file.toAbsolutePath(), "sa", "", hmacSecret, DEFAULT_POOL_SIZE);
  }

  /** A private in-memory H2 database, kept until the store closes (tests, demos). */
  public static StoreSettings h2Memory(String name, String hmacSecret) {
    return new StoreSettings(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", hmacSecret, DEFAULT_POOL_SIZE);
  }

  @Override
  public String toString() {
    return "StoreSettings[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", maxPoolSize="
        + maxPoolSize
        + "]";
  }
}

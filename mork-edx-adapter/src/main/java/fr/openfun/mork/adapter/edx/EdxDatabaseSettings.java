package fr.openfun.mork.adapter.edx;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the edX database. {@code readReplicaUrl}, when present, serves the inactivity scans
 * so a production LMS primary only sees the erasures. {@code batchSize} is the keyset page size
 * ({@code MORK_EDX_MYSQL_QUERY_BATCH_SIZE}); {@code pauseBetweenPages} lets the LMS breathe between
 * pages; {@code debug} logs every SQL statement at DEBUG ({@code MORK_EDX_MYSQL_DEBUG}).
 */
public record EdxDatabaseSettings(
    String jdbcUrl,
    String user,
    String password,
    Optional<String> readReplicaUrl,
    EdxDialect dialect,
    Duration queryTimeout,
    int batchSize,
    Duration pauseBetweenPages,
    int maxPoolSize,
    boolean debug) {

  // 10 000: one page per ~100 000 rows at 10 % inactive, within 1.1x of one streaming SELECT
  public static final int DEFAULT_BATCH_SIZE = 10_000;
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);

  public EdxDatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(readReplicaUrl, "readReplicaUrl");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    Objects.requireNonNull(pauseBetweenPages, "pauseBetweenPages");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("jdbcUrl must start with jdbc:, was " + jdbcUrl);
    }
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("batchSize must be in 1..100000, was " + batchSize);
    }
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive, was " + queryTimeout);
    }
    if (pauseBetweenPages.isNegative()) {
      throw new IllegalArgumentException("pauseBetweenPages must not be negative");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be positive, was " + maxPoolSize);
    }
  }

  /** Settings from a JDBC URL with the defaults of the original Mork. */
  public static EdxDatabaseSettings of(
      String jdbcUrl, String user, String password, EdxDialect dialect) {
    return new EdxDatabaseSettings(
        jdbcUrl,
        user,
        password,
        Optional.empty(),
        dialect,
        DEFAULT_QUERY_TIMEOUT,
        DEFAULT_BATCH_SIZE,
        Duration.ZERO,
        4,
        false);
  }

  /**
   * Settings from the original variables: {@code MORK_EDX_MYSQL_DB_HOST}, {@code _PORT}, {@code
   * _NAME}, {@code _USER}, {@code _PASSWORD}, {@code _DEBUG}. The MariaDB driver speaks to MySQL
   * 5.7/8 as well.
   */
  public static EdxDatabaseSettings fromParts(
      String host,
      int port,
      String name,
      String user,
      String password,
      boolean debug,
      EdxDialect dialect) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(name, "name");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535, was " + port);
    }
    String url = "jdbc:mariadb://" + host + ":" + port + "/" + name;
    return new EdxDatabaseSettings(
        url,
        user,
        password,
        Optional.empty(),
        dialect,
        DEFAULT_QUERY_TIMEOUT,
        DEFAULT_BATCH_SIZE,
        Duration.ZERO,
        4,
        debug);
  }

  public EdxDatabaseSettings withBatchSize(int value) {
    return new EdxDatabaseSettings(
        jdbcUrl,
        user,
        password,
        readReplicaUrl,
        dialect,
        queryTimeout,
        value,
        pauseBetweenPages,
        maxPoolSize,
        debug);
  }

  public EdxDatabaseSettings withReadReplica(String url) {
    return new EdxDatabaseSettings(
        jdbcUrl,
        user,
        password,
        Optional.of(url),
        dialect,
        queryTimeout,
        batchSize,
        pauseBetweenPages,
        maxPoolSize,
        debug);
  }

  @Override
  public String toString() {
    return "EdxDatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", dialect="
        + dialect
        + ", batchSize="
        + batchSize
        + ", password=***]";
  }
}

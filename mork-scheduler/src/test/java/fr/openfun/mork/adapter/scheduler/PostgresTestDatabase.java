package fr.openfun.mork.adapter.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * A throw-away PostgreSQL database holding the Quartz tables, created from the script shipped in
 * the Quartz jar. The server is the local one unless {@code MORK_TEST_POSTGRES_URL} (a JDBC URL to
 * an administrative database, user and password as URL parameters) says otherwise. A missing server
 * fails the test.
 */
final class PostgresTestDatabase implements AutoCloseable {
  private static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";
  private final String adminUrl;
  private final String name;

  PostgresTestDatabase() throws SQLException, IOException {
    String configured = System.getenv("MORK_TEST_POSTGRES_URL");
    this.adminUrl = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
    this.name = "mork_sched_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    try (Connection db = DriverManager.getConnection(url());
        Statement statement = db.createStatement()) {
      for (String sql : quartzTables()) {
        statement.execute(sql);
      }
    }
  }

  /** A pool on this database; the caller closes it. */
  HikariDataSource newPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setMaximumPoolSize(6);
    return new HikariDataSource(config);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  private String url() {
    int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
  }

  private static String[] quartzTables() throws IOException {
    try (InputStream in = PostgresTestDatabase.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments = script.replaceAll("(?m)^--.*$", "");
      return Arrays.stream(withoutComments.split(";"))
          .map(String::strip)
          .filter(sql -> !sql.isEmpty() && !sql.toUpperCase(Locale.ROOT).equals("COMMIT"))
          .toArray(String[]::new);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}

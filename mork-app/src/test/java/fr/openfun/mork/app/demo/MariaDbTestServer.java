package fr.openfun.mork.app.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The MariaDB server of the integration tests: 127.0.0.1:3306 as root by default, or {@code
 * MORK_TEST_MYSQL_URL} (a server URL without database). Each caller gets its own database.
 */
final class MariaDbTestServer implements AutoCloseable {
  private final String serverUrl;
  private final String database = "mork_app_demo_" + UUID.randomUUID().toString().replace("-", "");

  MariaDbTestServer() throws SQLException {
    String url = System.getenv("MORK_TEST_MYSQL_URL");
    serverUrl = url == null || url.isBlank() ? "jdbc:mariadb://127.0.0.1:3306/" : url;
    try (Connection c = server();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(withDatabase(), "root", "");
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = server();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
    }
  }

  private Connection server() throws SQLException {
    return DriverManager.getConnection(serverUrl, "root", "");
  }

  private String withDatabase() {
    int query = serverUrl.indexOf('?');
    String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
    String params = query < 0 ? "" : serverUrl.substring(query);
    return (base.endsWith("/") ? base : base + "/") + database + params;
  }
}

package fr.openfun.mork.app;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real servers of the end-to-end test: a fresh database on the local MariaDB (edX) and one on
 * the local PostgreSQL (store) — addresses from {@code MORK_TEST_MYSQL_URL} and {@code
 * MORK_TEST_POSTGRES_URL} when set — an in-process SMTP server and a Sarbacane HTTP stub. Gives the
 * {@code MORK_*} environment that points Mork at all of them.
 */
final class E2eServers implements AutoCloseable {
  static final String ADMIN_KEY = "e2e-admin-key-0123456789";
  static final String JOANIE_KEY = "e2e-joanie-key-0123456789";
  static final String ASHLEY_KEY = "e2e-ashley-key-0123456789";

  private final String name = "mork_e2e_" + UUID.randomUUID().toString().replace("-", "");
  private final URI mysql = server("MORK_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/");
  private final URI postgres =
      server("MORK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  final GreenMail smtp = new LoopbackGreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
  final WireMockServer sarbacane = new WireMockServer(WireMockConfiguration.options().port(0));
  final int httpPort = freePort();

  E2eServers() throws SQLException {
    execute(mysqlServer(), "CREATE DATABASE " + name);
    execute(postgresServer(), "CREATE DATABASE " + name);
    smtp.start();
    sarbacane.start();
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_EDX_MYSQL_DB_HOST", mysql.getHost());
    env.put("MORK_EDX_MYSQL_DB_PORT", String.valueOf(mysql.getPort()));
    env.put("MORK_EDX_MYSQL_DB_NAME", name);
    env.put("MORK_EDX_MYSQL_DB_USER", "root");
    env.put("MORK_DB_HOST", postgres.getHost());
    env.put("MORK_DB_PORT", String.valueOf(postgres.getPort()));
    env.put("MORK_DB_NAME", name);
    env.put("MORK_DB_USER", System.getenv().getOrDefault("MORK_TEST_POSTGRES_USER", "postgres"));
    env.put("MORK_PII_HMAC_SECRET", "e2e-hmac-secret-that-is-long-enough-0123");
    env.put("MORK_EMAIL_HOST", "127.0.0.1");
    env.put("MORK_EMAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
    env.put("MORK_EMAIL_FROM", "mork@fun-mooc.example");
    env.put("MORK_EMAIL_RATE_LIMIT", "1000/s");
    env.put("MORK_SARBACANE_API_URL", sarbacane.baseUrl());
    env.put("MORK_SARBACANE_API_KEY", "e2e-sarbacane-key");
    env.put("MORK_SARBACANE_ACCOUNT_ID", "e2e-account");
    env.put("MORK_SERVICES", "edx,sarbacane,joanie,ashley");
    env.put("MORK_API_KEYS", "ops=" + ADMIN_KEY);
    env.put("MORK_SERVICE_API_KEYS", "joanie=" + JOANIE_KEY + ",ashley=" + ASHLEY_KEY);
    env.put("MORK_API_SERVER_PORT", String.valueOf(httpPort));
    env.put("MORK_HTTP_BIND_ADDRESS", "127.0.0.1");
    env.put("MORK_DELETION_MAX_SHARE", "0.9");
    return env;
  }

  Connection edx() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://" + mysql.getHost() + ":" + mysql.getPort() + "/" + name, "root", "");
  }

  /** Mork's store (PostgreSQL), for tests that seed it or watch it from outside. */
  Connection store() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getPort() + "/" + name,
        System.getenv().getOrDefault("MORK_TEST_POSTGRES_USER", "postgres"),
        System.getenv().getOrDefault("MORK_TEST_POSTGRES_PASSWORD", ""));
  }

  /** The name of both fresh databases (edX on MariaDB, the store on PostgreSQL). */
  String databaseName() {
    return name;
  }

  @Override
  public void close() throws SQLException {
    sarbacane.stop();
    smtp.stop();
    execute(mysqlServer(), "DROP DATABASE IF EXISTS " + name);
    execute(postgresServer(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private Connection mysqlServer() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://" + mysql.getHost() + ":" + mysql.getPort() + "/", "root", "");
  }

  private Connection postgresServer() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:" + postgres,
        System.getenv().getOrDefault("MORK_TEST_POSTGRES_USER", "postgres"),
        System.getenv().getOrDefault("MORK_TEST_POSTGRES_PASSWORD", ""));
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static URI server(String variable, String fallback) {
    String url = System.getenv().getOrDefault(variable, fallback);
    return URI.create(url.substring("jdbc:".length()));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package fr.openfun.mork.adapter.edx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throw-away database on the test MariaDB/MySQL server ({@code MORK_TEST_MYSQL_URL}, default
 * {@code jdbc:mariadb://127.0.0.1:3306/}, user {@code MORK_TEST_MYSQL_USER} or root, password
 * {@code MORK_TEST_MYSQL_PASSWORD} or empty). An unreachable server fails the test.
 */
final class TestMariaDb implements AutoCloseable {
  static final String SERVER =
      System.getenv().getOrDefault("MORK_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/");
  static final String USER = System.getenv().getOrDefault("MORK_TEST_MYSQL_USER", "root");
  static final String PASSWORD = System.getenv().getOrDefault("MORK_TEST_MYSQL_PASSWORD", "");

  final String name;
  final String url;

  private TestMariaDb(String name) {
    this.name = name;
    this.url = (SERVER.endsWith("/") ? SERVER : SERVER + "/") + name;
  }

  static TestMariaDb create(String prefix) {
    TestMariaDb db =
        new TestMariaDb(
            prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    try (Connection c = server();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("test MariaDB unreachable at " + SERVER + ": " + e, e);
    }
    return db;
  }

  static Connection server() throws SQLException {
    return DriverManager.getConnection(SERVER, USER, PASSWORD);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url + "?allowMultiQueries=true", USER, PASSWORD);
  }

  /** Runs a whole SQL script (a resource name or a file) in one multi-statement call. */
  TestMariaDb load(String script) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(read(script));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + script + ": " + e, e);
    }
    return this;
  }

  void execute(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e, e);
    }
  }

  long count(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e, e);
    }
  }

  static String read(String script) throws java.io.IOException {
    if (script.startsWith("/") || script.startsWith(".")) {
      return Files.readString(Path.of(script), StandardCharsets.UTF_8);
    }
    try (var in = TestMariaDb.class.getResourceAsStream("/" + script)) {
      if (in == null) {
        throw new java.io.FileNotFoundException(script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  EdxDatabaseSettings settings() {
    return EdxDatabaseSettings.of(url, USER, PASSWORD, EdxDialect.MARIADB);
  }

  @Override
  public void close() {
    try (Connection c = server();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

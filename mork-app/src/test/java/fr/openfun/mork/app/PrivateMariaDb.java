package fr.openfun.mork.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A MariaDB server of the test's own, started from the installed binaries on a free loopback port
 * with a temporary data folder, that a test may crash ({@code kill -9}) and start again on the same
 * port and data. The machine's shared MariaDB is never touched. {@link #close} kills the process
 * and deletes the folder; a JVM shutdown hook does the same if the test run dies first.
 */
final class PrivateMariaDb implements AutoCloseable {
  private static final Path SERVER =
      PrivateServer.binary(
          "mariadbd",
          "mariadb-server",
          List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/bin/mariadbd")));
  private static final Path INSTALL =
      PrivateServer.binary(
          "mariadb-install-db",
          "mariadb-server",
          List.of(Path.of("/usr/bin/mariadb-install-db"), Path.of("/usr/sbin/mariadb-install-db")));

  private final Path dir;
  private final Path log;
  private final int port = E2eServers.freePort();
  private final Thread cleanup = new Thread(this::destroy);
  private Process process;

  PrivateMariaDb() {
    try {
      dir = Files.createTempDirectory("mork-faults-mariadb");
      log = dir.resolve("server.log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(cleanup);
    PrivateServer.run(
        log,
        INSTALL.toString(),
        "--no-defaults",
        "--datadir=" + dir.resolve("data"),
        "--auth-root-authentication-method=normal",
        "--user=root",
        "--skip-test-db");
    start();
  }

  int port() {
    return port;
  }

  /** Starts the server on its port and data folder, and waits until it accepts connections. */
  synchronized void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the private MariaDB is already running");
    }
    try {
      process =
          new ProcessBuilder(
                  SERVER.toString(),
                  "--no-defaults",
                  "--datadir=" + dir.resolve("data"),
                  "--port=" + port,
                  "--socket=" + dir.resolve("sock"),
                  "--bind-address=127.0.0.1",
                  "--user=root",
                  "--skip-log-bin",
                  "--innodb-buffer-pool-size=32M",
                  "--innodb-flush-log-at-trx-commit=2")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrivateServer.awaitJdbc(serverUrl(), "root", log, Duration.ofSeconds(60));
  }

  /** Starts the server again if a failed test left it down. */
  synchronized void ensureRunning() {
    if (process == null || !process.isAlive()) {
      start();
    }
  }

  /** {@code kill -9}: the server dies at once, connections are cut, InnoDB recovers at start. */
  synchronized void crash() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(serverUrl() + database, "root", "");
  }

  private String serverUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/";
  }

  @Override
  public void close() {
    destroy();
    Runtime.getRuntime().removeShutdownHook(cleanup);
  }

  private synchronized void destroy() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    PrivateServer.deleteTree(dir);
  }
}

package fr.openfun.mork.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own ({@code initdb} in a temporary folder, trust
 * authentication, a free loopback port), started and stopped with {@code pg_ctl}: {@link #crash} is
 * an immediate stop (no checkpoint, crash recovery at the next start), {@link #start} brings it
 * back on the same port and data. As root, the binaries run as {@code postgres} (initdb refuses
 * root). The machine's shared PostgreSQL is never touched; {@link #close} and a JVM shutdown hook
 * stop the cluster and delete the folder.
 */
final class PrivatePostgres implements AutoCloseable {
  private static final Path BIN = binDir();
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final Path dir;
  private final Path log;
  private final int port = E2eServers.freePort();
  private final Thread cleanup = new Thread(this::destroy);
  private boolean running;

  PrivatePostgres() {
    try {
      dir = Files.createTempDirectory("mork-faults-postgres");
      log = dir.resolve("server.log");
      Files.createFile(log);
      if (ROOT) {
        UserPrincipal postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
        Files.setOwner(log, postgres);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL's fault tests need a 'postgres' user as root", e);
    }
    Runtime.getRuntime().addShutdownHook(cleanup);
    pg("initdb", "-D", data(), "-U", "postgres", "--auth=trust", "-N", "-E", "UTF8");
    start();
  }

  int port() {
    return port;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  synchronized void start() {
    String options =
        "-p "
            + port
            + " -k "
            + dir
            + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c max_connections=60";
    pg("pg_ctl", "-D", data(), "-o", options, "-l", log.toString(), "-w", "-t", "60", "start");
    running = true;
    PrivateServer.awaitJdbc(jdbcUrl("postgres"), "postgres", log, Duration.ofSeconds(60));
  }

  /** Starts the cluster again if a failed test left it down. */
  synchronized void ensureRunning() {
    if (!running) {
      start();
    }
  }

  /** An immediate stop: every backend is killed at once, as a crash would. */
  synchronized void crash() {
    pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    running = false;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  @Override
  public void close() {
    destroy();
    Runtime.getRuntime().removeShutdownHook(cleanup);
  }

  private synchronized void destroy() {
    if (running) {
      try {
        pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
      } catch (RuntimeException e) {
        System.err.println("private PostgreSQL did not stop: " + e.getMessage());
      }
      running = false;
    }
    PrivateServer.deleteTree(dir);
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private void pg(String program, String... args) {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(BIN.resolve(program).toString());
    command.addAll(List.of(args));
    PrivateServer.run(log, command.toArray(String[]::new));
  }

  private static Path binDir() {
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      versions
          .sorted(Comparator.reverseOrder())
          .map(v -> v.resolve("bin"))
          .forEach(candidates::add);
    } catch (IOException e) {
      // no Debian layout: fall through to the error below
    }
    Path initdb =
        PrivateServer.binary(
            "PostgreSQL's initdb",
            "postgresql",
            candidates.stream().map(bin -> bin.resolve("initdb")).toList());
    return initdb.getParent();
  }
}

package fr.openfun.mork.adapter.edx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time of the MariaDB thread serving a pool's connection, read from Linux's {@code
 * /proc/<pid>/task/<tid>/schedstat} when the server runs on this machine (one thread per
 * connection): unlike wall time, it does not grow when other processes share the cores. The thread
 * is the one that burns CPU while that connection runs {@code BENCHMARK()}; a single-threaded
 * caller gets the same pooled connection back each time.
 */
final class ServerThreadCpu {
  private final Path schedstat;

  private ServerThreadCpu(Path schedstat) {
    this.schedstat = schedstat;
  }

  /** The server thread of the connection the pool lends this thread, or null if not found. */
  static ServerThreadCpu find(DataSource pool) {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      Path server =
          procs
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .filter(p -> comm(p).equals("mariadbd") || comm(p).equals("mysqld"))
              .findFirst()
              .orElse(null);
      if (server == null) {
        return null;
      }
      Map<Path, Long> before = tasks(server);
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.executeQuery("SELECT BENCHMARK(3000000, MD5('mork'))").close();
      }
      Map<Path, Long> after = tasks(server);
      Path busiest = null;
      long most = 0;
      for (var e : after.entrySet()) {
        long spent = e.getValue() - before.getOrDefault(e.getKey(), e.getValue());
        if (spent > most) {
          most = spent;
          busiest = e.getKey();
        }
      }
      return busiest == null ? null : new ServerThreadCpu(busiest);
    } catch (IOException | SQLException | RuntimeException e) {
      return null;
    }
  }

  /** Nanoseconds this thread has run on a CPU so far. */
  long nanos() {
    return read(schedstat);
  }

  @Override
  public String toString() {
    return schedstat.getParent().toString();
  }

  private static String comm(Path proc) {
    try {
      return Files.readString(proc.resolve("comm")).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static Map<Path, Long> tasks(Path server) throws IOException {
    Map<Path, Long> cpu = new HashMap<>();
    try (Stream<Path> tasks = Files.list(server.resolve("task"))) {
      tasks.forEach(t -> cpu.put(t.resolve("schedstat"), read(t.resolve("schedstat"))));
    }
    return cpu;
  }

  private static long read(Path schedstat) {
    try {
      return Long.parseLong(Files.readString(schedstat).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}

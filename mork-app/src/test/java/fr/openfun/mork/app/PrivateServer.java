package fr.openfun.mork.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the private database servers of the fault tests share: finding an installed binary (or
 * failing with what to install), running a command to its end, waiting for JDBC to answer, and
 * deleting the data folder. Never touches the machine's shared servers.
 */
final class PrivateServer {
  private PrivateServer() {}

  /** The first of {@code candidates} that exists, else an error naming the package to install. */
  static Path binary(String what, String install, List<Path> candidates) {
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    what
                        + " not found (looked at "
                        + candidates
                        + "): the fault tests need it, install "
                        + install));
  }

  static void run(Path log, String... command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + tail(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code url} accepts a connection, or fails with the server's log. */
  static void awaitJdbc(String url, String user, Path log, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    SQLException last = null;
    while (System.nanoTime() < end) {
      try (Connection c = DriverManager.getConnection(url, user, "")) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException(
        url + " did not answer within " + timeout + " (" + last + "): " + tail(log));
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

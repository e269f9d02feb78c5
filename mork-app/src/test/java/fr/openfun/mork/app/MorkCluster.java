package fr.openfun.mork.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real jar ({@code mork-app/target/mork.jar}) as separate OS processes: one API node and
 * workers clustered through the store, each with its own HTTP port and log file. {@link #kill} is
 * {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on Linux).
 */
final class MorkCluster implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  /** A started node; {@code instance} is its Quartz instance id (workers only). */
  record Node(String name, Process process, int port, String instance, Path log) {}

  private final Path jar;
  private final Path logs;
  private final Map<String, String> environment;
  private final StoreProbe store;
  private final List<Node> nodes = new CopyOnWriteArrayList<>();
  private final Thread orphans = new Thread(this::killAll, "mork-cluster-orphans");
  private int started;

  MorkCluster(Path jar, Path logs, Map<String, String> environment, StoreProbe store) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'verify', which packages it first");
    }
    this.jar = jar;
    this.logs = logs;
    this.environment = Map.copyOf(environment);
    this.store = store;
    // a test JVM that exits without close() (an aborted run) must not leave workers running
    Runtime.getRuntime().addShutdownHook(orphans);
  }

  Node startApi() throws IOException, SQLException {
    return start("api", "api");
  }

  /**
   * Starts a worker and waits until it checked in to the cluster (its instance id is then known).
   */
  Node startWorker() throws IOException, SQLException {
    return start("worker", "worker");
  }

  List<Node> workers() {
    return nodes.stream().filter(n -> n.instance() != null && n.process().isAlive()).toList();
  }

  void kill(Node node) throws InterruptedException {
    node.process().destroyForcibly();
    if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(node.name() + " survived SIGKILL for 30 s");
    }
  }

  private Node start(String kind, String command) throws IOException, SQLException {
    String name = kind + "-" + (++started);
    int port = E2eServers.freePort();
    Path log = logs.resolve(name + ".log");
    List<String> cmd =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx320m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toString(),
            command);
    ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("MORK_"));
    env.putAll(environment);
    env.put("MORK_API_SERVER_PORT", String.valueOf(port));
    Set<String> instancesBefore = kind.equals("worker") ? store.instances() : Set.of();
    Process process = builder.start();
    awaitHeartbeat(name, process, port, log);
    String instance =
        kind.equals("worker") ? awaitCheckIn(name, process, instancesBefore, log) : null;
    Node node = new Node(name, process, port, instance, log);
    nodes.add(node);
    return node;
  }

  /** Ready, not just alive: {@code /__lbheartbeat__} answers while the node is still starting. */
  private static void awaitHeartbeat(String name, Process process, int port, Path log) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__heartbeat__"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long end = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start: " + tail(log));
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(200);
    }
    throw new IllegalStateException(
        name + " not serving after " + START_TIMEOUT + ": " + tail(log));
  }

  private String awaitCheckIn(String name, Process process, Set<String> before, Path log)
      throws SQLException {
    long end = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < end && process.isAlive()) {
      for (String instance : store.instances()) {
        if (!before.contains(instance) && !known(instance)) {
          return instance;
        }
      }
      pause(100);
    }
    throw new IllegalStateException(name + " never checked in to the cluster: " + tail(log));
  }

  private boolean known(String instance) {
    return nodes.stream().anyMatch(n -> instance.equals(n.instance()));
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void killAll() {
    nodes.forEach(n -> n.process().destroyForcibly());
  }

  /** SIGTERM (graceful) to every live node, then SIGKILL to those still running after 20 s. */
  @Override
  public void close() throws InterruptedException {
    Runtime.getRuntime().removeShutdownHook(orphans);
    List<Node> live = nodes.stream().filter(n -> n.process().isAlive()).toList();
    live.forEach(n -> n.process().destroy());
    for (Node node : live) {
      if (!node.process().waitFor(20, TimeUnit.SECONDS)) {
        node.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}

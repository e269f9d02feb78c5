package fr.openfun.mork.app.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up (a harness, not a test): launches {@code java -jar mork.jar serve} on the embedded
 * defaults {@code --runs} times, each time measuring from the process launch to the first 200 of
 * {@code /__lbheartbeat__} and of {@code /__heartbeat__} (ready), alternating with the JDK's {@code
 * jwebserver} answering a small static file (the baseline: a JVM and an HTTP listener, nothing
 * else). One first start on an empty data directory (the demo edX database is created) is reported
 * apart. With {@code --cds=true}, a training start records a class-data sharing archive as the
 * Dockerfile does, and each round also starts Mork with the Dockerfile's {@code
 * -XX:SharedArchiveFile}. See docs/performance.md.
 */
public final class StartupBenchmark {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = ApiBenchmark.options(args);
    Path jar = Path.of(opts.getOrDefault("jar", "mork-app/target/mork.jar")).toAbsolutePath();
    int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
    String javaHome = System.getProperty("java.home");
    String java = javaHome + "/bin/java";
    String jwebserver = javaHome + "/bin/jwebserver";
    Path work = Files.createTempDirectory("mork-startup-bench");
    Path site = Files.createDirectories(work.resolve("site"));
    Files.writeString(site.resolve("probe.json"), "null");
    Path data = work.resolve("data");

    boolean cds = Boolean.parseBoolean(opts.getOrDefault("cds", "false"));
    Path archive = work.resolve("mork.jsa");
    long[] first = mork(java, jar, data, work, List.of());
    if (cds) {
      mork(java, jar, data, work, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"));
      System.out.printf("class-data sharing archive: %d MB%n", Files.size(archive) >> 20);
    }
    List<String> shared = List.of("-XX:SharedArchiveFile=" + archive);
    List<Long> aliveCds = new ArrayList<>();
    List<Long> readyCds = new ArrayList<>();
    System.out.printf(
        "first start (demo edX created): lbheartbeat %d ms, heartbeat 200 (ready) %d ms%n",
        first[0], first[1]);
    List<Long> baseline = new ArrayList<>();
    List<Long> alive = new ArrayList<>();
    List<Long> ready = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long[] m;
      long b;
      if (i % 2 == 0) {
        b = jwebserver(jwebserver, site, work);
        m = mork(java, jar, data, work, List.of());
      } else {
        m = mork(java, jar, data, work, List.of());
        b = jwebserver(jwebserver, site, work);
      }
      if (cds) {
        long[] c = mork(java, jar, data, work, shared);
        aliveCds.add(c[0]);
        readyCds.add(c[1]);
        System.out.printf(
            "run %d: mork with the archive: lbheartbeat %d ms, ready %d ms%n", i + 1, c[0], c[1]);
      }
      baseline.add(b);
      alive.add(m[0]);
      ready.add(m[1]);
      System.out.printf(
          "run %d: jwebserver %d ms, mork lbheartbeat %d ms, mork ready %d ms%n",
          i + 1, b, m[0], m[1]);
    }
    System.out.println("jwebserver first 200 (baseline): " + summary(baseline));
    System.out.println("mork serve /__lbheartbeat__ 200:  " + summary(alive));
    System.out.println("mork serve /__heartbeat__ 200:    " + summary(ready));
    System.out.printf(
        "ratio mork lbheartbeat / jwebserver (medians): %.2fx; target lbheartbeat < 2000 ms: %s%n",
        (double) median(alive) / median(baseline), median(alive) < 2000 ? "met" : "NOT met");
    if (cds) {
      System.out.println("mork + archive /__lbheartbeat__ 200: " + summary(aliveCds));
      System.out.println("mork + archive /__heartbeat__ 200:   " + summary(readyCds));
      System.out.printf(
          "ratio mork + archive lbheartbeat / jwebserver (medians): %.2fx%n",
          (double) median(aliveCds) / median(baseline));
    }
  }

  private static long[] mork(String java, Path jar, Path data, Path work, List<String> jvmOptions)
      throws Exception {
    int port = ApiBenchmark.freePort();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("MORK_DATA_DIR", data.toString());
    pb.environment().put("MORK_API_SERVER_PORT", String.valueOf(port));
    pb.environment().put("MORK_HTTP_BIND_ADDRESS", "127.0.0.1");
    pb.redirectErrorStream(true).redirectOutput(work.resolve("mork.log").toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      long alive = firstOk(p, start, "http://127.0.0.1:" + port + "/__lbheartbeat__");
      long ready = firstOk(p, start, "http://127.0.0.1:" + port + "/__heartbeat__");
      return new long[] {alive, ready};
    } finally {
      stop(p);
    }
  }

  private static long jwebserver(String jwebserver, Path site, Path work) throws Exception {
    int port = ApiBenchmark.freePort();
    ProcessBuilder pb =
        new ProcessBuilder(
            jwebserver, "-b", "127.0.0.1", "-p", String.valueOf(port), "-d", site.toString());
    pb.redirectErrorStream(true).redirectOutput(new File(work.resolve("jweb.log").toString()));
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      return firstOk(p, start, "http://127.0.0.1:" + port + "/probe.json");
    } finally {
      stop(p);
    }
  }

  /** Milliseconds from {@code start} to the first 200 of {@code url}, polling every 5 ms. */
  private static long firstOk(Process p, long start, String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
    long deadline = start + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("process exited with " + p.exitValue() + " before " + url);
      }
      try {
        if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - start) / 1_000_000;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("no 200 from " + url + " within 120 s");
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String summary(List<Long> values) {
    return median(values)
        + " ms median ("
        + Collections.min(values)
        + "-"
        + Collections.max(values)
        + ", "
        + values.size()
        + " runs)";
  }
}

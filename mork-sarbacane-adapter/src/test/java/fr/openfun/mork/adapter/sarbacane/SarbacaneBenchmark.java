package fr.openfun.mork.adapter.sarbacane;

import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.json;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.request;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Benchmark harness (not a test): {@code eraseAll} of {@code --users} users (one list, one
 * blacklist: three DELETEs each) in batches of {@code --batch} against the WireMock stub, at
 * concurrency 1 and {@code --concurrency}, alternated {@code --rounds} times; prints users/s and
 * the process CPU per user, and the ratio of each pair. With {@code --hold=N} the stub holds every
 * answer N ms (a remote API's latency). See docs/performance.md ("End to end").
 */
final class SarbacaneBenchmark {
  private SarbacaneBenchmark() {}

  public static void main(String[] args) {
    int users = arg(args, "users", 2000);
    int batch = arg(args, "batch", 100);
    int concurrency = arg(args, "concurrency", 8);
    int rounds = arg(args, "rounds", 3);
    int hold = arg(args, "hold", 0);
    List<ErasureRequest> requests =
        IntStream.range(0, users).mapToObj(i -> request("bench" + i + "@example.org")).toList();
    try (SarbacaneStub stub = new SarbacaneStub(new InFlightMeter(hold))) {
      stub.oneOfEach(json(200, "{}"));
      run(stub, requests, batch, 1); // warm-up
      run(stub, requests, batch, concurrency);
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        double[] one = run(stub, requests, batch, 1);
        double[] many = run(stub, requests, batch, concurrency);
        ratios.add(many[0] / one[0]);
        System.out.printf(
            "round %d: concurrency 1 %.0f users/s (%.2f ms CPU/user), concurrency %d %.0f users/s"
                + " (%.2f ms CPU/user): %.2fx%n",
            round, one[0], one[1], concurrency, many[0], many[1], many[0] / one[0]);
      }
      System.out.printf("| %d users, hold %d ms | ratios %s |%n", users, hold, ratios);
    }
  }

  /** Users per second and process CPU milliseconds per user. */
  private static double[] run(
      SarbacaneStub stub, List<ErasureRequest> requests, int batch, int concurrency) {
    SarbacaneAccountEraser eraser = stub.eraser(stub.settings(false, 1, concurrency, 100_000));
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    stub.server.resetRequests();
    long cpu = os.getProcessCpuTime();
    long t = System.nanoTime();
    for (int i = 0; i < requests.size(); i += batch) {
      List<ErasureOutcome> outcomes =
          eraser.eraseAll(requests.subList(i, Math.min(requests.size(), i + batch)));
      if (!outcomes.stream().allMatch(o -> o instanceof ErasureOutcome.Erased)) {
        throw new IllegalStateException("not erased: " + outcomes);
      }
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
    return new double[] {requests.size() / seconds, cpuMs / requests.size()};
  }

  private static int arg(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 3));
      }
    }
    return fallback;
  }
}

package fr.openfun.mork.app;

import fr.openfun.mork.adapter.notify.mail.RateLimit;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;

/**
 * One warn run at a configured rate against the minimal sink: the rate achieved between the first
 * and the last message accepted (target: within 2 % of the configured one), the fullest and
 * emptiest one-second windows, and the heap the run used under the benchmark's {@code -Xmx}; then
 * the same run without staging (each warning accepted and recorded before the next one starts).
 */
final class MailRateRun {
  private MailRateRun() {}

  static void run(MailBenchWorld world, SmtpSink sink, int n, String rate) throws Exception {
    RateLimit limit = RateLimit.parse(rate);
    double configured = limit.permits() / (limit.period().toNanos() / 1e9);
    System.out.printf(
        "== warn run of %d users at MORK_EMAIL_RATE_LIMIT=%s (%.1f msg/s), minimal sink%n",
        n, rate, configured);
    try (MorkGraph graph = world.graph(sink.port(), rate)) {
      measure(world, sink, n, limit, configured, graph.warnInactiveUsers());
      System.out.println("-- the same without staging (one warning at a time):");
      measure(
          world,
          sink,
          n,
          limit,
          configured,
          MailBenchmark.oneAtATime(graph, world.config(sink.port(), rate)));
    }
  }

  private static void measure(
      MailBenchWorld world,
      SmtpSink sink,
      int n,
      RateLimit limit,
      double configured,
      WarnInactiveUsersUseCase warnRun)
      throws Exception {
    world.forgetWarnings();
    sink.reset(n);
    long liveBefore = HeapWatch.liveMib();
    long start;
    long end;
    long peak;
    long afterGc;
    long collections;
    try (HeapWatch watch = new HeapWatch()) {
      start = System.nanoTime();
      MailBenchmark.warnRun(warnRun, n);
      end = System.nanoTime();
      peak = watch.peakMib();
      afterGc = watch.maxAfterGcMib();
      collections = watch.collections();
    }
    long liveAfter = HeapWatch.liveMib();
    long[] arrivals = sink.arrivals();
    if (arrivals.length != n) {
      throw new IllegalStateException("sink accepted " + arrivals.length + ", expected " + n);
    }
    double span = (arrivals[n - 1] - arrivals[0]) / 1e9;
    double achieved = (n - 1) / span;
    double whole = n / ((end - start) / 1e9);
    long window = limit.period().toNanos();
    int fullest = 0;
    int emptiest = Integer.MAX_VALUE;
    int j = 0;
    for (int i = 0; i < n && arrivals[i] + window <= arrivals[n - 1]; i++) {
      while (j < n && arrivals[j] < arrivals[i] + window) {
        j++;
      }
      fullest = Math.max(fullest, j - i);
      emptiest = Math.min(emptiest, j - i);
    }
    System.out.printf(
        "achieved %.2f msg/s first to last message (%.2f %% off the configured rate),"
            + " %.2f msg/s over the whole run; per %s window: %d to %d messages%n",
        achieved,
        100 * (achieved / configured - 1),
        whole,
        limit.period(),
        emptiest == Integer.MAX_VALUE ? 0 : emptiest,
        fullest);
    long stallNanos = 0;
    int stalls = 0;
    long slot = limit.period().toNanos() / limit.permits();
    for (int i = 1; i < n; i++) {
      long gap = arrivals[i] - arrivals[i - 1];
      if (gap > 5 * slot) {
        stalls++;
        stallNanos += gap - slot;
      }
    }
    System.out.printf(
        "gaps over 5 permit intervals: %d, %.0f ms in all%n", stalls, stallNanos / 1e6);
    System.out.printf(
        "heap: live %d MiB before, %d MiB after; during the run peak %d MiB, largest after a"
            + " collection %d MiB (%d collections); max heap %d MiB%n",
        liveBefore, liveAfter, peak, afterGc, collections, Runtime.getRuntime().maxMemory() >> 20);
  }
}

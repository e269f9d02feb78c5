package fr.openfun.mork.app;

import fr.openfun.mork.adapter.notify.mail.RateLimit;

/**
 * One warn run at a configured rate against the minimal sink: the rate achieved between the first
 * and the last message accepted (target: within 2 % of the configured one), the fullest and
 * emptiest one-second windows, and the heap the run used under the benchmark's {@code -Xmx}.
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
        MailBenchmark.warnRun(graph.warnInactiveUsers(), n);
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
      System.out.printf(
          "heap: live %d MiB before, %d MiB after; during the run peak %d MiB, largest after a"
              + " collection %d MiB (%d collections); max heap %d MiB%n",
          liveBefore,
          liveAfter,
          peak,
          afterGc,
          collections,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}

package fr.openfun.mork.app.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i / rate}, runs on its
 * own virtual thread, and its latency is measured from the time it was due (not from when it was
 * sent), so a slow server cannot hide its queueing (no coordinated omission). A run stops early,
 * marked saturated, once two seconds' worth of requests are in flight.
 */
final class OpenLoop {
  /** One request: returns true when the answer was the expected one. */
  interface Call {
    boolean run() throws Exception;
  }

  record Result(
      String name,
      Histogram micros,
      long sent,
      long failed,
      double achievedPerSecond,
      boolean saturated) {
    double p50Ms() {
      return micros.getValueAtPercentile(50) / 1000.0;
    }

    double p99Ms() {
      return micros.getValueAtPercentile(99) / 1000.0;
    }

    double maxMs() {
      return micros.getMaxValue() / 1000.0;
    }

    String line() {
      return String.format(
          "%-5s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  %6.0f req/s achieved (%d sent, %d failed)%s",
          name,
          p50Ms(),
          p99Ms(),
          maxMs(),
          achievedPerSecond,
          sent,
          failed,
          saturated ? " SATURATED: stopped with 2 s of requests in flight" : "");
    }
  }

  private OpenLoop() {}

  static Result drive(String name, int rate, Duration duration, LongFunction<Call> calls)
      throws InterruptedException {
    Histogram micros = new SynchronizedHistogram(60_000_000L, 3);
    AtomicLong failed = new AtomicLong();
    AtomicLong lastDone = new AtomicLong();
    AtomicLong inFlight = new AtomicLong();
    long backlog = Math.max(100, 2L * rate);
    long sent = 0;
    boolean saturated = false;
    long count = Math.max(1, rate * duration.toMillis() / 1000);
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 20_000_000L;
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long i = 0; i < count; i++) {
        if (inFlight.get() > backlog) {
          saturated = true;
          break;
        }
        long due = start + i * interval;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        Call call = calls.apply(i);
        sent++;
        inFlight.incrementAndGet();
        threads.execute(
            () -> {
              boolean ok;
              try {
                ok = call.run();
              } catch (Exception e) {
                ok = false;
              }
              long done = System.nanoTime();
              micros.recordValue(Math.min(60_000_000L, Math.max(0, (done - due) / 1000)));
              lastDone.accumulateAndGet(done, Math::max);
              inFlight.decrementAndGet();
              if (!ok) {
                failed.incrementAndGet();
              }
            });
      }
      threads.shutdown();
      threads.awaitTermination(2, TimeUnit.MINUTES);
    }
    double seconds = (lastDone.get() - start) / 1e9;
    return new Result(name, micros, sent, failed.get(), sent / seconds, saturated);
  }
}

package fr.openfun.mork.adapter.sarbacane;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces requests evenly so that at most {@code requestsPerSecond} leave, across every thread
 * sharing this pacer. Uses a monotonic clock: it throttles, it does not tell the time.
 */
final class RequestPacer {
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long nextFree;
  private boolean started;

  RequestPacer(double requestsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("requestsPerSecond must be positive");
    }
    this.intervalNanos = Math.max(1, (long) (1_000_000_000L / requestsPerSecond));
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  static RequestPacer real(double requestsPerSecond) {
    return new RequestPacer(requestsPerSecond, System::nanoTime, Sleeper.REAL);
  }

  /** Blocks until this request may leave. */
  void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }

  private synchronized long reserve() {
    long now = nanoTime.getAsLong();
    if (!started || now - nextFree > 0) {
      started = true;
      nextFree = now;
    }
    long wait = nextFree - now;
    nextFree += intervalNanos;
    return wait;
  }
}

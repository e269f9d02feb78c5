package fr.openfun.mork.adapter.notify.mail;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Evenly spaced permits for a {@link RateLimit}: one every {@code period / permits}, on {@link
 * System#nanoTime()} deadlines. Each permit's time is computed from the previous permit's, not from
 * when the caller woke up, so the scheduler's sleep overshoot never accumulates. A caller that fell
 * behind (a slow reply, a GC pause) may take at most {@code burst} permits back to back, a tenth of
 * a period's permits (at least one): the rate averages out without a large burst.
 */
final class PermitPacer {
  private final long interval;
  private final long catchUp;
  private final LongSupplier nanoTime;
  private long next; // guarded by this: when the next permit is free

  PermitPacer(RateLimit limit) {
    this(limit, System::nanoTime);
  }

  PermitPacer(RateLimit limit, LongSupplier nanoTime) {
    this.interval = Math.max(1, limit.period().toNanos() / limit.permits());
    this.catchUp = (burst(limit) - 1) * interval;
    this.nanoTime = nanoTime;
    this.next = nanoTime.getAsLong();
  }

  static long burst(RateLimit limit) {
    return Math.max(1, limit.permits() / 10);
  }

  /**
   * Reserves the next permit and returns the {@code nanoTime} at which it is free, or empty
   * (nothing reserved) when that is more than {@code maxWait} away.
   */
  synchronized OptionalLong reserve(Duration maxWait) {
    long now = nanoTime.getAsLong();
    if (next - (now - catchUp) < 0) {
      next = now - catchUp;
    }
    long permit = next - now > 0 ? next : now;
    if (permit - now > maxWait.toNanos()) {
      return OptionalLong.empty();
    }
    next += interval;
    return OptionalLong.of(permit);
  }

  /**
   * Waits for a permit; false when none comes within {@code maxWait} or the thread is interrupted.
   */
  boolean acquire(Duration maxWait) {
    OptionalLong permit = reserve(maxWait);
    if (permit.isEmpty()) {
      return false;
    }
    long deadline = permit.getAsLong();
    for (long left = deadline - nanoTime.getAsLong();
        left > 0;
        left = deadline - nanoTime.getAsLong()) {
      LockSupport.parkNanos(left);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }
}

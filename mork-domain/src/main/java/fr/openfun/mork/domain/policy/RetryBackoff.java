package fr.openfun.mork.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a failed erasure again: {@code quickRetries} attempts with exponential back-off from
 * {@code initial} (capped at {@code max}), then every {@code longInterval} for ever: a failing
 * status is never silently abandoned.
 */
public record RetryBackoff(
    Duration initial, double multiplier, Duration max, int quickRetries, Duration longInterval) {

  public static RetryBackoff defaults() {
    return new RetryBackoff(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 5, Duration.ofDays(1));
  }

  public RetryBackoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(longInterval, "longInterval");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off: need 0 < initial <= max");
    }
    if (multiplier < 1) {
      throw new IllegalArgumentException("back-off: multiplier must be >= 1, was " + multiplier);
    }
    if (quickRetries < 0) {
      throw new IllegalArgumentException("MORK_DELETE_MAX_RETRIES: must be >= 0");
    }
    if (longInterval.isNegative() || longInterval.isZero()) {
      throw new IllegalArgumentException("back-off: the long interval must be positive");
    }
  }

  /** The delay after the {@code failures}-th consecutive failure (1 for the first). */
  public Duration delayAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be >= 1, was " + failures);
    }
    if (failures > quickRetries) {
      return longInterval;
    }
    double millis = initial.toMillis() * Math.pow(multiplier, failures - 1);
    return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
  }

  public Instant nextAttempt(int failures, Instant now) {
    return now.plus(delayAfter(failures));
  }
}

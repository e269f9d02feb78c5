package fr.openfun.mork.adapter.notify.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** At most {@code permits} messages per {@code period}, as {@code MORK_EMAIL_RATE_LIMIT=100/m}. */
public record RateLimit(int permits, Duration period) {

  private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*([smh])\\s*");

  public RateLimit {
    Objects.requireNonNull(period, "period");
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be >= 1, was " + permits);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
  }

  /** Parses {@code N/s}, {@code N/m} or {@code N/h}; throws naming the expected syntax. */
  public static RateLimit parse(String value) {
    Objects.requireNonNull(value, "value");
    Matcher m = SYNTAX.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid rate limit '" + value + "': expected N/s, N/m or N/h, e.g. 100/m");
    }
    Duration period =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(1);
          case "m" -> Duration.ofMinutes(1);
          default -> Duration.ofHours(1);
        };
    return new RateLimit(Integer.parseInt(m.group(1)), period);
  }
}

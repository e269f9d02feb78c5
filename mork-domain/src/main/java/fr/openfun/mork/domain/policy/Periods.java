package fr.openfun.mork.domain.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 periods as Mork's settings use them ({@code P5Y}, {@code P5Y30D}, {@code P30D}), and
 * calendar arithmetic on instants in UTC, so that five years after a 29 February is 28 February.
 */
public final class Periods {
  private Periods() {}

  /**
   * Parses a strictly positive period; the message of the {@link IllegalArgumentException} names
   * {@code variable} and the expected form.
   */
  public static Period parsePositive(String variable, String value) {
    Period period;
    try {
      period = Period.parse(value.trim());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(
          variable + ": '" + value + "' is not an ISO-8601 period such as P5Y, P5Y30D or P30D");
    }
    requirePositive(variable, period);
    return period;
  }

  /** Throws, naming {@code variable}, unless the period is longer than zero in every part. */
  public static void requirePositive(String variable, Period period) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(
          variable + ": the period must be longer than zero, was " + period);
    }
  }

  public static Instant plus(Instant instant, Period period) {
    return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
  }

  public static Instant minus(Instant instant, Period period) {
    return instant.atOffset(ZoneOffset.UTC).minus(period).toInstant();
  }

  /** Days in a period counting a year as 365.25 and a month as 30.44 days, to compare settings. */
  public static double approximateDays(Period period) {
    return period.getYears() * 365.25 + period.getMonths() * 30.44 + period.getDays();
  }
}

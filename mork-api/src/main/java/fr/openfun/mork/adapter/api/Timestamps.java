package fr.openfun.mork.adapter.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Formats instants as the original API (Python's {@code isoformat()} of an aware UTC datetime):
 * {@code 2024-03-01T10:15:30+00:00}, with six fractional digits only when there are microseconds.
 */
final class Timestamps {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  static String format(Instant instant) {
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    int fraction = micros.getNano() / 1000;
    StringBuilder text = new StringBuilder(32).append(SECONDS.format(micros));
    if (fraction != 0) {
      String digits = Integer.toString(fraction);
      text.append('.').repeat('0', 6 - digits.length()).append(digits);
    }
    return text.append("+00:00").toString();
  }

  static Optional<String> format(Optional<Instant> instant) {
    return instant.map(Timestamps::format);
  }
}

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
    String frac = fraction == 0 ? "" : String.format(".%06d", fraction);
    return SECONDS.format(micros) + frac + "+00:00";
  }

  static Optional<String> format(Optional<Instant> instant) {
    return instant.map(Timestamps::format);
  }
}

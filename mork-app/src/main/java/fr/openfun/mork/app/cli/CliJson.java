package fr.openfun.mork.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code --json} output: snake_case records printed as one indented JSON document, timestamps
 * written as the REST API writes them ({@code 2024-03-01T10:15:30+00:00}), so that a script reads
 * the CLI and the API alike.
 */
final class CliJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private CliJson() {}

  static void print(Object value, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON output", e);
    }
    out.flush();
  }

  /** As the API: six fractional digits only when there are microseconds. */
  static String timestamp(Instant instant) {
    Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
    int fraction = micros.getNano() / 1000;
    return SECONDS.format(micros)
        + (fraction == 0 ? "" : String.format(".%06d", fraction))
        + "+00:00";
  }

  static Optional<String> timestamp(Optional<Instant> instant) {
    return instant.map(CliJson::timestamp);
  }
}

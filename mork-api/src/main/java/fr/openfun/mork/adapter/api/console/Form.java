package fr.openfun.mork.adapter.api.console;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

/** Reads form and query values; bad input is a 400 page naming the field, never echoing it. */
final class Form {
  private Form() {}

  /** Empty for a blank value; 400 for a value that is none of {@code choices}. */
  static <T> Optional<T> choice(String raw, T[] choices, Function<T, String> name) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(choices)
            .filter(c -> name.apply(c).equals(raw))
            .findFirst()
            .orElseThrow(() -> ConsoleException.badInput("Unknown filter value.")));
  }

  static OptionalInt optionalInt(String raw, int min, int max, String field) {
    if (raw == null || raw.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return OptionalInt.of(value);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ConsoleException.badInput(
        "The " + field + " must be a number from " + min + " to " + max + ".");
  }

  static UUID uuid(String raw, String field) {
    return parseUuid(raw).orElseThrow(() -> ConsoleException.badInput("Malformed " + field + "."));
  }

  static Optional<UUID> parseUuid(String raw) {
    if (raw == null
        || !raw.strip()
            .matches(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(raw.strip()));
  }

  static String text(String raw, int max, String field) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || value.length() > max) {
      throw ConsoleException.badInput("The " + field + " must be 1 to " + max + " characters.");
    }
    return value;
  }
}

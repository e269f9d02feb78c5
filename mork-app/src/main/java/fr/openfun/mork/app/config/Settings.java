package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.policy.Periods;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of variables. A bad value is recorded as a problem naming the variable and the
 * expected form, and the default is returned so that every problem is found in one pass. Every read
 * is remembered (masked when secret) for {@code mork config}.
 */
final class Settings {
  private final ConfigSource source;
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, ConfigEntry> effective = new LinkedHashMap<>();

  Settings(ConfigSource source) {
    this.source = source;
  }

  ConfigSource source() {
    return source;
  }

  Optional<String> optional(String name) {
    Optional<String> value = source.get(name);
    remember(name, value.orElse(""), false);
    return value;
  }

  String string(String name, String fallback) {
    String value = source.get(name).orElse(fallback);
    remember(name, value, false);
    return value;
  }

  Secret secret(String name, String fallback) {
    Secret value = Secret.of(source.get(name).orElse(fallback));
    remember(name, value.masked(), true);
    return value;
  }

  int integer(String name, int fallback, int min, int max) {
    return parse(
        name,
        fallback,
        "a whole number between " + min + " and " + max,
        v -> {
          int n = Integer.parseInt(v);
          return n >= min && n <= max ? n : null;
        });
  }

  double decimal(String name, double fallback, double min, double max) {
    return parse(
        name,
        fallback,
        "a number between " + min + " and " + max,
        v -> {
          double d = Double.parseDouble(v);
          return d >= min && d <= max ? d : null;
        });
  }

  boolean bool(String name, boolean fallback) {
    return parse(
        name,
        fallback,
        "true or false",
        v ->
            switch (v.toLowerCase(Locale.ROOT)) {
              case "true", "1", "yes", "on" -> Boolean.TRUE;
              case "false", "0", "no", "off" -> Boolean.FALSE;
              default -> null;
            });
  }

  Period period(String name, String fallback) {
    String value = string(name, fallback);
    try {
      return Periods.parsePositive(name, value);
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
      return Period.parse(fallback);
    }
  }

  Duration duration(String name, String fallback) {
    return parse(
        name,
        Duration.parse(fallback),
        "a positive ISO-8601 duration such as PT30S, PT5M or PT1H",
        v -> {
          Duration d = Duration.parse(v.toUpperCase(Locale.ROOT));
          return d.isNegative() || d.isZero() ? null : d;
        });
  }

  /** A list as a JSON array of strings or comma separated values; empty when absent. */
  List<String> list(String name) {
    Optional<String> value = source.get(name);
    remember(name, value.orElse(""), false);
    try {
      return value.map(ListValue::parse).orElse(List.of());
    } catch (IllegalArgumentException e) {
      problem(name + ": " + e.getMessage());
      return List.of();
    }
  }

  void problem(String message) {
    problems.add(message);
  }

  void warning(String message) {
    warnings.add(message);
  }

  /** Replaces the shown value of a variable already read (a generated key, a derived default). */
  void remember(String name, String shown, boolean secret) {
    effective.put(name, new ConfigEntry(name, shown, source.origin(name)));
  }

  void rememberDerived(String name, String shown) {
    effective.put(name, new ConfigEntry(name, shown, "derived"));
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  List<ConfigEntry> effective() {
    return List.copyOf(effective.values());
  }

  private <T> T parse(String name, T fallback, String expected, Function<String, T> parser) {
    Optional<String> value = source.get(name);
    remember(name, value.orElse(String.valueOf(fallback)), false);
    if (value.isEmpty()) {
      return fallback;
    }
    T parsed;
    try {
      parsed = parser.apply(value.get());
    } catch (NumberFormatException | DateTimeParseException e) {
      parsed = null;
    }
    if (parsed == null) {
      problem(name + ": '" + value.get() + "' is not " + expected);
      return fallback;
    }
    return parsed;
  }
}

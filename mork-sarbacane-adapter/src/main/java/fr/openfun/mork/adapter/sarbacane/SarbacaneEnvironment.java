package fr.openfun.mork.adapter.sarbacane;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link SarbacaneSettings} from {@code MORK_SARBACANE_*} variables. Durations are ISO-8601
 * ({@code PT10S}) or whole seconds; the rate is {@code N/s}, {@code N/m} or {@code N/h}. A bad
 * value throws {@link IllegalArgumentException} naming the variable (never its value for secrets).
 */
public final class SarbacaneEnvironment {
  private static final String PREFIX = "MORK_SARBACANE_";

  private SarbacaneEnvironment() {}

  public static SarbacaneSettings settings(Map<String, String> env) {
    SarbacaneSettings defaults = SarbacaneSettings.of(SarbacaneSettings.DEFAULT_API_URL, "k", "a");
    return new SarbacaneSettings(
        env.getOrDefault(PREFIX + "API_URL", SarbacaneSettings.DEFAULT_API_URL),
        env.getOrDefault(PREFIX + "API_KEY", ""),
        env.getOrDefault(PREFIX + "ACCOUNT_ID", ""),
        duration(env, "CONNECT_TIMEOUT", defaults.connectTimeout()),
        duration(env, "READ_TIMEOUT", defaults.readTimeout()),
        rate(env, "RATE_LIMIT", defaults.requestsPerSecond()),
        duration(env, "LIST_CACHE_TTL", defaults.listCacheTtl()),
        bool(env, "KEEP_SUPPRESSION_LISTS", defaults.keepSuppressionLists()),
        integer(env, "PAGE_SIZE", defaults.pageSize()),
        integer(env, "MAX_ATTEMPTS", defaults.maxAttempts()),
        duration(env, "MAX_RETRY_WAIT", defaults.maxRetryWait()),
        integer(env, "CONCURRENCY", defaults.concurrency()));
  }

  static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String value = value(env, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofSeconds(Long.parseLong(value))
          : Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw invalid(name, value, "a duration such as PT10S or 10 (seconds)");
    }
  }

  static double rate(Map<String, String> env, String name, double fallback) {
    String value = value(env, name);
    if (value.isEmpty()) {
      return fallback;
    }
    String[] parts = value.split("/", -1);
    try {
      double count = Double.parseDouble(parts[0].strip());
      String unit = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "s";
      double seconds =
          switch (unit) {
            case "s" -> 1;
            case "m" -> 60;
            case "h" -> 3600;
            default -> throw invalid(name, value, "a rate such as 10/s, 600/m or 36000/h");
          };
      if (parts.length > 2 || !(count > 0)) {
        throw invalid(name, value, "a positive rate such as 10/s");
      }
      return count / seconds;
    } catch (NumberFormatException e) {
      throw invalid(name, value, "a rate such as 10/s, 600/m or 36000/h");
    }
  }

  static int integer(Map<String, String> env, String name, int fallback) {
    String value = value(env, name);
    try {
      return value.isEmpty() ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(name, value, "a whole number");
    }
  }

  static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String value = value(env, name).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "" -> fallback;
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw invalid(name, value, "true or false");
    };
  }

  private static String value(Map<String, String> env, String name) {
    return env.getOrDefault(PREFIX + name, "").strip();
  }

  private static IllegalArgumentException invalid(String name, String value, String expected) {
    return new IllegalArgumentException(
        PREFIX + name + "='" + value + "' is invalid: expected " + expected);
  }
}

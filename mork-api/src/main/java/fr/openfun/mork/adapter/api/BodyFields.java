package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads typed fields of a JSON object body, collecting errors located under {@code prefix}. */
final class BodyFields {
  static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s<>()\\[\\],;:\\\\\"]+@[^@\\s<>()\\[\\],;:\\\\\"]+");
  private static final Pattern USERNAME =
      Pattern.compile("[\\w.@+-]{1,254}", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on", "t");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off", "f");

  private final JsonNode body;
  private final Object[] prefix;
  private final List<FieldError> errors = new ArrayList<>();

  BodyFields(JsonNode body, Object... prefix) {
    this.body = body;
    this.prefix = prefix;
  }

  boolean bool(String name, boolean fallback) {
    JsonNode node = body.get(name);
    if (node == null) {
      return fallback;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text =
        node.isTextual() || node.isInt() ? node.asText().toLowerCase(java.util.Locale.ROOT) : "";
    if (TRUE.contains(text) || FALSE.contains(text)) {
      return TRUE.contains(text);
    }
    error("bool_parsing", "Input should be a valid boolean, unable to interpret input", name);
    return fallback;
  }

  OptionalInt positiveInt(String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      error("int_type", "Input should be a valid integer", name);
    } else if (node.intValue() < 1) {
      error("greater_than_equal", "Input should be greater than or equal to 1", name);
    } else {
      return OptionalInt.of(node.intValue());
    }
    return OptionalInt.empty();
  }

  Optional<String> email(String name) {
    return string(name, MAX_EMAIL)
        .filter(
            value -> {
              boolean ok = EMAIL.matcher(value).matches();
              if (!ok) {
                error("value_error", "value is not a valid email address", name);
              }
              return ok;
            });
  }

  Optional<String> username(String name) {
    return string(name, 254)
        .filter(
            value -> {
              boolean ok = USERNAME.matcher(value).matches();
              if (!ok) {
                error("string_pattern_mismatch", "String should match the username pattern", name);
              }
              return ok;
            });
  }

  Optional<String> string(String name, int maxLength) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      errors.add(FieldError.missing(loc(name)));
    } else if (!node.isTextual()) {
      error("string_type", "Input should be a valid string", name);
    } else if (node.asText().chars().anyMatch(Character::isISOControl)) {
      error("value_error", "Value error, control characters are not allowed", name);
    } else if (node.asText().isBlank()) {
      error("string_too_short", "String should have at least 1 character", name);
    } else if (node.asText().length() > maxLength) {
      error("string_too_long", "String should have at most " + maxLength + " characters", name);
    } else {
      return Optional.of(node.asText());
    }
    return Optional.empty();
  }

  Optional<String> choice(String name, Collection<String> accepted) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual() && accepted.contains(node.asText())) {
      return Optional.of(node.asText());
    }
    errors.add(Validator.enumError(accepted, loc(name)));
    return Optional.empty();
  }

  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private void error(String type, String msg, String name) {
    errors.add(FieldError.of(type, msg, loc(name)));
  }

  private Object[] loc(String name) {
    Object[] loc = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    loc[prefix.length] = name;
    return loc;
  }
}

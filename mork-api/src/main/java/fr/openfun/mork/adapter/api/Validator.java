package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ServiceName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses path and query values into domain types, collecting every error of a request (as FastAPI
 * does) before {@link #check()} throws them together.
 */
final class Validator {
  private static final Pattern UUID_HEX = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern UUID_DASHED =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Set<ServiceName> services;
  private final List<FieldError> errors = new ArrayList<>();

  Validator(Set<ServiceName> services) {
    this.services = services;
  }

  Optional<UUID> uuid(String raw, Object... loc) {
    Optional<UUID> id = parseUuid(raw);
    if (id.isEmpty()) {
      errors.add(FieldError.of("uuid_parsing", "Input should be a valid UUID", loc));
    }
    return id;
  }

  Optional<ServiceName> service(String raw, Object... loc) {
    if (raw != null && ServiceNames.valid(raw, services)) {
      return Optional.of(ServiceName.of(raw));
    }
    List<String> names = services.stream().map(ServiceName::value).sorted().toList();
    errors.add(
        names.isEmpty()
            ? FieldError.of("string_pattern_mismatch", "Input should be a service name", loc)
            : enumError(names, loc));
    return Optional.empty();
  }

  <T> Optional<T> choice(
      String raw, Collection<String> accepted, Function<String, T> parse, Object... loc) {
    if (raw != null && accepted.contains(raw)) {
      return Optional.of(parse.apply(raw));
    }
    errors.add(enumError(accepted, loc));
    return Optional.empty();
  }

  int integer(String raw, int fallback, int min, int max, Object... loc) {
    if (raw == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      errors.add(
          FieldError.of(
              "int_parsing", "Input should be a valid integer, unable to parse string", loc));
      return fallback;
    }
    if (value < min) {
      errors.add(
          FieldError.of(
              "greater_than_equal", "Input should be greater than or equal to " + min, loc));
    } else if (value > max) {
      errors.add(
          FieldError.of("less_than_equal", "Input should be less than or equal to " + max, loc));
    }
    return value;
  }

  Optional<String> text(String raw, int maxLength, Object... loc) {
    if (raw == null) {
      return Optional.empty();
    }
    if (raw.length() > maxLength) {
      errors.add(
          FieldError.of(
              "string_too_long", "String should have at most " + maxLength + " characters", loc));
    } else if (raw.chars().anyMatch(Character::isISOControl)) {
      errors.add(FieldError.of("value_error", "Value error, control characters", loc));
    } else {
      return Optional.of(raw);
    }
    return Optional.empty();
  }

  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  static Optional<UUID> parseUuid(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.toLowerCase(java.util.Locale.ROOT);
    if (s.startsWith("urn:uuid:")) {
      s = s.substring(9);
    } else if (s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, s.length() - 1);
    }
    if (UUID_DASHED.matcher(s).matches()) {
      s = s.replace("-", "");
    }
    if (!UUID_HEX.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new UUID(
            Long.parseUnsignedLong(s.substring(0, 16), 16),
            Long.parseUnsignedLong(s.substring(16), 16)));
  }

  static FieldError enumError(Collection<String> accepted, Object... loc) {
    List<String> quoted = accepted.stream().map(a -> "'" + a + "'").toList();
    String list =
        quoted.size() == 1
            ? quoted.get(0)
            : quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " or "
                + quoted.get(quoted.size() - 1);
    return FieldError.of("enum", "Input should be " + list, loc);
  }
}

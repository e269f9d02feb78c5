package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a service users are erased from ({@code edx}, {@code sarbacane}, {@code joanie},
 * ...). The set is configured, not hard-coded: any lowercase identifier is a valid name.
 */
public record ServiceName(String value) implements Comparable<ServiceName> {

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  public static final ServiceName EDX = new ServiceName("edx");
  public static final ServiceName SARBACANE = new ServiceName("sarbacane");

  public ServiceName {
    Objects.requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid service name '"
              + value
              + "': expected a lowercase letter then up to 39 of [a-z0-9_-]");
    }
  }

  public static ServiceName of(String value) {
    return new ServiceName(value);
  }

  @Override
  public int compareTo(ServiceName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * A configured secret (password, API key, HMAC key). Its {@code toString} never shows the value, so
 * printing a configuration record cannot leak it.
 */
public record Secret(String value) {

  public Secret {
    Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * {@code ****} followed by the last two characters when the secret is long enough to spare them.
   */
  public String masked() {
    if (value.isEmpty()) {
      return "";
    }
    return value.length() >= 16 ? "****" + value.substring(value.length() - 2) : "****";
  }

  @Override
  public String toString() {
    return masked();
  }
}

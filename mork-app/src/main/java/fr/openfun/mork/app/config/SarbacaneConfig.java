package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * Sarbacane ({@code MORK_SARBACANE_*}): enabled when the API URL is not empty and both the key and
 * the account id are configured. The adapter reads its tuning variables itself.
 */
public record SarbacaneConfig(boolean enabled, String apiUrl, Secret apiKey, Secret accountId) {
  public SarbacaneConfig {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(accountId, "accountId");
  }
}

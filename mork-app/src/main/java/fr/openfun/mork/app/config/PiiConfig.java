package fr.openfun.mork.app.config;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the ledger keeps raw emails and usernames once a user is erased everywhere ({@code
 * MORK_PII_RETENTION}), and the key that hashes them afterwards ({@code MORK_PII_HMAC_SECRET};
 * required with PostgreSQL, created in the data folder for the embedded store when absent).
 */
public record PiiConfig(Period retention, Optional<Secret> hmacSecret) {
  public PiiConfig {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(hmacSecret, "hmacSecret");
  }
}

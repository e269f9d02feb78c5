package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The erasure status of one ledger user in one service, with what the reconciler needs to retry:
 * how many attempts failed, the last error and when to try again.
 */
public record ServiceStatus(
    ServiceName service,
    DeletionStatus status,
    int attempts,
    Optional<String> lastError,
    Optional<Instant> nextAttemptAt,
    Instant updatedAt) {

  public ServiceStatus {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
  }

  /** A fresh {@code to_delete} status, due at once. */
  public static ServiceStatus toDelete(ServiceName service, Instant now) {
    return new ServiceStatus(
        service, DeletionStatus.TO_DELETE, 0, Optional.empty(), Optional.empty(), now);
  }
}

package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A requested change of one service status, with its retry bookkeeping and the reason written to
 * the audit trail. {@code reopen} allows leaving a final state back to {@code to_delete}.
 */
public record StatusChange(
    DeletionStatus to,
    int attempts,
    Optional<String> lastError,
    Optional<Instant> nextAttemptAt,
    boolean reopen,
    String action,
    String detail) {

  public StatusChange {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(detail, "detail");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
  }

  /** A plain move to {@code to} that resets the retry bookkeeping. */
  public static StatusChange to(DeletionStatus to, String action, String detail) {
    return new StatusChange(to, 0, Optional.empty(), Optional.empty(), false, action, detail);
  }
}

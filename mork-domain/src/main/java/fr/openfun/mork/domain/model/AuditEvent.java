package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only entry of the audit trail: who did what to which ledger user in which service. The
 * detail never holds a raw email or username.
 */
public record AuditEvent(
    Instant at,
    Actor actor,
    String action,
    Optional<UUID> userId,
    Optional<ServiceName> service,
    Optional<DeletionStatus> from,
    Optional<DeletionStatus> to,
    String detail) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(detail, "detail");
  }
}

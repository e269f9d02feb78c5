package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Builders of the audit events the store writes itself. */
final class Events {
  private Events() {}

  static AuditEvent general(Instant at, Actor actor, String action, String detail) {
    return new AuditEvent(
        at,
        actor,
        action,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        detail);
  }

  static AuditEvent user(Instant at, Actor actor, String action, UUID userId, String detail) {
    return new AuditEvent(
        at,
        actor,
        action,
        Optional.of(userId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        detail);
  }

  static AuditEvent status(
      Instant at,
      Actor actor,
      String action,
      UUID userId,
      ServiceName service,
      DeletionStatus from,
      DeletionStatus to,
      String detail) {
    return new AuditEvent(
        at,
        actor,
        action,
        Optional.of(userId),
        Optional.of(service),
        Optional.of(from),
        Optional.of(to),
        detail);
  }
}

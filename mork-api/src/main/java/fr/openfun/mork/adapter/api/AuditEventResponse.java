package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.Optional;

/** Extension: one audit event of a ledger user. */
record AuditEventResponse(
    String at,
    String actor,
    String action,
    Optional<String> serviceName,
    Optional<String> from,
    Optional<String> to,
    String detail) {

  static AuditEventResponse from(AuditEvent event) {
    return new AuditEventResponse(
        Timestamps.format(event.at()),
        event.actor().name(),
        event.action(),
        event.service().map(ServiceName::value),
        event.from().map(DeletionStatus::wireName),
        event.to().map(DeletionStatus::wireName),
        event.detail());
  }
}

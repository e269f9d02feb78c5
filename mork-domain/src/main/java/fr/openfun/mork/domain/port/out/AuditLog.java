package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.AuditEvent;
import java.util.List;
import java.util.UUID;

/** The append-only audit trail. */
public interface AuditLog {

  void append(AuditEvent event);

  /** The events about one ledger user, oldest first. */
  List<AuditEvent> history(UUID userId);
}

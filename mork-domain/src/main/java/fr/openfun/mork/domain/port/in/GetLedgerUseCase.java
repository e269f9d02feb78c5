package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the ledger, as the REST API and the CLI show it. */
public interface GetLedgerUseCase {

  List<MorkUser> search(LedgerQuery query);

  long count(LedgerQuery query);

  Optional<MorkUser> find(UUID userId);

  /** The audit trail of one ledger user, oldest first. */
  List<AuditEvent> history(UUID userId);
}

package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the ledger, as the REST API and the CLI show it. */
public interface GetLedgerUseCase {

  List<MorkUser> search(LedgerQuery query);

  /**
   * The search a consuming service runs to find its work: a non-gate service sees a user only once
   * the gate service (edX) erased them, so it never deletes a user edX spared.
   */
  default List<MorkUser> searchFor(ServiceName consumer, LedgerQuery query) {
    return search(query);
  }

  long count(LedgerQuery query);

  Optional<MorkUser> find(UUID userId);

  /**
   * One user as a consuming service may see it, by the rule of {@link #searchFor}: empty, as for an
   * unknown id, while the gate service (edX) has not erased a user another service asks for.
   */
  default Optional<MorkUser> findFor(ServiceName consumer, UUID userId) {
    return find(userId);
  }

  /** The audit trail of one ledger user, oldest first. */
  List<AuditEvent> history(UUID userId);
}

package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.RecordedUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusClaim;
import fr.openfun.mork.domain.model.StatusUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mork's ledger of users to erase and their status per service. Every change writes an audit event
 * in the same transaction.
 */
public interface LedgerRepository {

  /**
   * Records a user for deletion with a {@code to_delete} status in each service. Idempotent: a user
   * already recorded (same edX id) is returned as is, statuses untouched, {@code created=false}.
   */
  RecordedUser record(NewLedgerEntry entry, Instant now, Actor actor);

  /**
   * Records several users as {@link #record} does, in order, in one transaction where the store has
   * them: all of them are recorded, or none (the call throws).
   */
  default List<RecordedUser> recordAll(List<NewLedgerEntry> entries, Instant now, Actor actor) {
    return entries.stream().map(entry -> record(entry, now, actor)).toList();
  }

  Optional<MorkUser> findById(UUID id);

  Optional<MorkUser> findByEdxUserId(long edxUserId);

  /** Users matching the query, in a stable order (creation time, then id). */
  List<MorkUser> search(LedgerQuery query);

  /** How many users match the query, ignoring its page. */
  long count(LedgerQuery query);

  /**
   * Changes one status if {@link DeletionStatus#canMoveTo} allows it, else throws {@link
   * fr.openfun.mork.domain.model.IllegalStatusTransitionException}. Empty when the user or the
   * status does not exist.
   */
  Optional<ServiceStatus> changeStatus(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor);

  /**
   * Applies several changes as {@link #changeStatus} does, in order, in one transaction where the
   * store has them. A change its status does not allow (or whose status is gone) is skipped and
   * answered empty, without undoing the others; any other failure undoes them all and throws.
   */
  default List<Optional<ServiceStatus>> changeStatuses(
      List<StatusUpdate> updates, Instant now, Actor actor) {
    return updates.stream()
        .map(
            u -> {
              try {
                return changeStatus(u.userId(), u.service(), u.change(), now, actor);
              } catch (IllegalStatusTransitionException e) {
                return Optional.<ServiceStatus>empty();
              }
            })
        .toList();
  }

  /**
   * Claims up to {@code max} statuses of {@code service} that are due at {@code now}: {@code
   * to_delete} whose next attempt is due, or {@code deleting} whose lease ended. Each becomes
   * {@code deleting} with {@code nextAttemptAt = now + lease}; no two callers ever claim the same
   * status. When {@code prerequisite} is present, only users already {@code deleted} there are
   * claimed.
   */
  List<StatusClaim> claimDue(
      ServiceName service,
      Instant now,
      int max,
      Duration lease,
      Optional<ServiceName> prerequisite);

  /** Removes a user who turned out not to be deletable (logged in since selection); audited. */
  boolean withdraw(UUID userId, String why, Instant now, Actor actor);

  /** Counts of statuses per service and deletion status, for reports and metrics. */
  Map<ServiceName, Map<DeletionStatus, Long>> countByServiceAndStatus();

  /**
   * Replaces email and username by keyed hashes for users whose every status is final since before
   * {@code cutoff}. Returns how many users were minimised. Lookups by email keep working.
   */
  int minimizePersonalData(Instant cutoff, Instant now);

  /**
   * Of these edX accounts, the ids of those a ledger entry says were erased from edX and that are
   * the same person: same edX id and the same email or username (ignoring case, or by keyed hash
   * once minimised). An account that only holds the id of an erased user — ids are handed out again
   * after a database restore — is left out.
   */
  Set<Long> erasedFromEdx(Collection<EdxUser> accounts);
}

package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.RecordedUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusClaim;
import fr.openfun.mork.domain.model.StatusUpdate;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The ledger in {@code users} and {@code user_service_statuses}; each change audited in its tx. */
final class JooqLedgerRepository implements LedgerRepository {
  private static final int FRESH_STATISTICS = 100;
  private final Db db;
  private final AuditWriter audit;
  private final LedgerWriter writer;
  private final LedgerSearch search;
  private final StatusClaimer claimer;
  private final PersonalDataMinimizer minimizer;
  private final PiiHasher hasher;

  JooqLedgerRepository(Db db, PiiHasher hasher, AuditWriter audit, TaskJson json) {
    this.db = db;
    this.audit = audit;
    this.writer = new LedgerWriter(db, hasher, audit);
    this.search = new LedgerSearch(db, hasher);
    this.claimer = new StatusClaimer(db);
    this.minimizer = new PersonalDataMinimizer(db, hasher, audit, json);
    this.hasher = hasher;
  }

  @Override
  public RecordedUser record(NewLedgerEntry entry, Instant now, Actor actor) {
    return writer.record(entry, now, actor);
  }

  @Override
  public List<RecordedUser> recordAll(List<NewLedgerEntry> entries, Instant now, Actor actor) {
    List<RecordedUser> recorded = writer.recordAll(entries, now, actor);
    if (db.vendor() == Vendor.POSTGRESQL
        && recorded.stream().filter(RecordedUser::created).count() >= FRESH_STATISTICS) {
      // A big run grows the statuses faster than autovacuum re-reads them: with the stale
      // estimate (a handful of rows) PostgreSQL planned each gated claim as a nested loop over
      // every edX status, seconds per claim at 10k users. Fresh statistics keep it on the index.
      db.read("analyzing the statuses", dsl -> dsl.execute("ANALYZE user_service_statuses"));
    }
    return recorded;
  }

  @Override
  public Optional<MorkUser> findById(UUID id) {
    return db.read("finding a ledger user", dsl -> LedgerReads.byId(dsl, id));
  }

  @Override
  public Optional<MorkUser> findByEdxUserId(long edxUserId) {
    return db.read(
        "finding a ledger user", dsl -> LedgerReads.one(dsl, Tables.U_EDX_ID.eq(edxUserId)));
  }

  @Override
  public List<MorkUser> search(LedgerQuery query) {
    return search.search(query);
  }

  @Override
  public long count(LedgerQuery query) {
    return search.count(query);
  }

  @Override
  public Optional<ServiceStatus> changeStatus(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor) {
    return writer.changeStatus(userId, service, change, now, actor);
  }

  @Override
  public List<Optional<ServiceStatus>> changeStatuses(
      List<StatusUpdate> updates, Instant now, Actor actor) {
    return writer.changeStatuses(updates, now, actor);
  }

  @Override
  public List<StatusClaim> claimDue(
      ServiceName service,
      Instant now,
      int max,
      Duration lease,
      Optional<ServiceName> prerequisite) {
    return claimer.claimDue(service, now, max, lease, prerequisite);
  }

  @Override
  public boolean withdraw(UUID userId, String why, Instant now, Actor actor) {
    return db.tx(
        "withdrawing a ledger user",
        tx -> {
          if (tx.deleteFrom(USERS).where(Tables.U_ID.eq(userId)).execute() == 0) {
            return false;
          }
          audit.append(tx, Events.user(now, actor, "withdrawn", userId, why));
          return true;
        });
  }

  @Override
  public Map<ServiceName, Map<DeletionStatus, Long>> countByServiceAndStatus() {
    return search.countByServiceAndStatus();
  }

  @Override
  public int minimizePersonalData(Instant cutoff, Instant now) {
    return minimizer.minimize(cutoff, now);
  }

  @Override
  public Set<Long> erasedFromEdx(Collection<EdxUser> accounts) {
    Map<Long, EdxUser> byId = new HashMap<>();
    accounts.forEach(a -> byId.put(a.id(), a));
    Set<Long> erased = new HashSet<>();
    List<Long> ids = List.copyOf(byId.keySet());
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      db.read(
              "listing users erased from edX",
              dsl ->
                  dsl.select(Tables.U_EDX_ID, Tables.U_EMAIL, Tables.U_USERNAME)
                      .from(USERS)
                      .join(STATUSES)
                      .on(Tables.S_USER.eq(Tables.U_ID))
                      .where(Tables.U_EDX_ID.in(chunk))
                      .and(Tables.S_SERVICE.eq(ServiceName.EDX.value()))
                      .and(Tables.S_STATUS.eq(DeletionStatus.DELETED.wireName()))
                      .fetch())
          .forEach(
              r -> {
                EdxUser account = byId.get(r.value1());
                if (same(r.value2(), account.email()) || same(r.value3(), account.username())) {
                  erased.add(account.id());
                }
              });
    }
    return Set.copyOf(erased);
  }

  /** A recorded email or username, raw or hashed once minimised, against the account's. */
  private boolean same(String recorded, String current) {
    return recorded != null
        && current != null
        && (recorded.equalsIgnoreCase(current.strip()) || recorded.equals(hasher.hash(current)));
  }
}

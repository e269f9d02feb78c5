package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectForUpdateOfStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reconciler claims. On PostgreSQL, due rows are locked with {@code FOR UPDATE SKIP LOCKED}, so
 * concurrent workers (even on other nodes) take disjoint rows without waiting. H2 runs embedded in
 * one JVM: claims are serialised by a lock, rows locked {@code FOR UPDATE}; on both, the update is
 * conditional on the row version read, and only rows it changed count as claimed.
 */
final class StatusClaimer {
  private final Db db;
  private final ReentrantLock embeddedLock = new ReentrantLock();

  StatusClaimer(Db db) {
    this.db = db;
  }

  List<StatusClaim> claimDue(
      ServiceName service,
      Instant now,
      int max,
      Duration lease,
      Optional<ServiceName> prerequisite) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, was " + max);
    }
    if (db.vendor() == Vendor.POSTGRESQL) {
      return claim(service, now, max, lease, prerequisite);
    }
    embeddedLock.lock();
    try {
      return claim(service, now, max, lease, prerequisite);
    } finally {
      embeddedLock.unlock();
    }
  }

  private List<StatusClaim> claim(
      ServiceName service,
      Instant now,
      int max,
      Duration lease,
      Optional<ServiceName> prerequisite) {
    return db.tx(
        "claiming " + service + " statuses",
        tx -> {
          SelectForUpdateOfStep<Record> due =
              tx.select(Tables.STATUS_COLUMNS)
                  .from(STATUSES)
                  .where(Tables.S_SERVICE.eq(service.value()))
                  .and(due(now))
                  .and(prerequisite.map(StatusClaimer::deletedIn).orElse(DSL.noCondition()))
                  .orderBy(Tables.S_NEXT.asc().nullsFirst(), Tables.S_ID)
                  .limit(max)
                  .forUpdate();
          List<Record> taken =
              db.vendor() == Vendor.POSTGRESQL
                  ? takeAtOnce(tx, due.skipLocked(), now, lease)
                  : take(tx, due.fetch(), now, lease);
          Map<UUID, MorkUser> users =
              LedgerRows.users(
                      tx,
                      tx.select(Tables.USER_COLUMNS)
                          .from(Tables.USERS)
                          .where(
                              Tables.U_ID.in(
                                  taken.stream().map(r -> r.get(Tables.S_USER)).toList()))
                          .fetch())
                  .stream()
                  .collect(Collectors.toMap(MorkUser::id, u -> u));
          List<StatusClaim> claims = new ArrayList<>();
          for (Record row : taken) {
            claims.add(new StatusClaim(users.get(row.get(Tables.S_USER)), LedgerRows.status(row)));
          }
          return claims;
        });
  }

  /**
   * PostgreSQL: the due rows locked and updated by one statement (the lock, then one set-based
   * update instead of a statement per row), answering the rows as they were before the claim, in
   * the order they were selected. The rows are locked by the statement itself, so each is taken.
   */
  private static List<Record> takeAtOnce(
      DSLContext tx, Select<Record> due, Instant now, Duration lease) {
    List<Object> binds = new ArrayList<>(due.getBindValues());
    binds.addAll(List.of(DeletionStatus.DELETING.wireName(), Db.at(now.plus(lease)), Db.at(now)));
    return tx.fetch(
        "WITH due AS ("
            + tx.render(due)
            + "), taken AS (UPDATE user_service_statuses s SET status = ?,"
            + " next_attempt_at = ?::timestamptz, updated_at = ?::timestamptz,"
            + " version = s.version + 1 FROM due WHERE s.id = due.id RETURNING due.*)"
            + " SELECT * FROM taken ORDER BY next_attempt_at ASC NULLS FIRST, id",
        binds.toArray());
  }

  /** The rows whose conditional update hit, in one prepared batch (one round trip). */
  private static List<Record> take(DSLContext tx, List<Record> rows, Instant now, Duration lease) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var batch =
        tx.batch(
            tx.update(STATUSES)
                .set(Tables.S_STATUS, DeletionStatus.DELETING.wireName())
                .set(Tables.S_NEXT, (java.time.OffsetDateTime) null)
                .set(Tables.S_UPDATED, (java.time.OffsetDateTime) null)
                .set(Tables.S_VERSION, Tables.S_VERSION.plus(DSL.inline(1)))
                .where(Tables.S_ID.eq((Long) null))
                .and(Tables.S_VERSION.eq((Long) null)));
    for (Record row : rows) {
      batch.bind(
          DeletionStatus.DELETING.wireName(),
          Db.at(now.plus(lease)),
          Db.at(now),
          row.get(Tables.S_ID),
          row.get(Tables.S_VERSION));
    }
    int[] counts = batch.execute();
    List<Record> taken = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (counts[i] == 1) {
        taken.add(rows.get(i));
      }
    }
    return taken;
  }

  /**
   * {@code to_delete} whose next attempt is due (or unset), or {@code deleting} whose lease ended.
   */
  private static Condition due(Instant now) {
    Condition timeCame = Tables.S_NEXT.le(Db.at(now));
    return Tables.S_STATUS
        .eq(DeletionStatus.TO_DELETE.wireName())
        .and(Tables.S_NEXT.isNull().or(timeCame))
        .or(Tables.S_STATUS.eq(DeletionStatus.DELETING.wireName()).and(timeCame));
  }

  private static Condition deletedIn(ServiceName prerequisite) {
    var other = table(DSL.name("user_service_statuses")).as("pre");
    Field<UUID> user = DSL.field(DSL.name("pre", "user_id"), SQLDataType.UUID);
    Field<String> svc = DSL.field(DSL.name("pre", "service"), SQLDataType.VARCHAR);
    Field<String> status = DSL.field(DSL.name("pre", "status"), SQLDataType.VARCHAR);
    return DSL.exists(
        selectOne()
            .from(other)
            .where(user.eq(Tables.S_USER))
            .and(svc.eq(prerequisite.value()))
            .and(status.eq(DeletionStatus.DELETED.wireName())));
  }
}

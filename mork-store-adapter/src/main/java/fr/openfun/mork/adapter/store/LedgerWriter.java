package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.RecordedUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Records users and moves their statuses, each with its audit event in the same transaction. */
final class LedgerWriter {
  private final Db db;
  private final PiiHasher hasher;
  private final AuditWriter audit;

  LedgerWriter(Db db, PiiHasher hasher, AuditWriter audit) {
    this.db = db;
    this.hasher = hasher;
    this.audit = audit;
  }

  RecordedUser record(NewLedgerEntry entry, Instant now, Actor actor) {
    return db.tx("recording edX user " + entry.edxUserId(), tx -> recordIn(tx, entry, now, actor));
  }

  /** One transaction for the lot: one commit instead of one per user (see performance.md). */
  List<RecordedUser> recordAll(List<NewLedgerEntry> entries, Instant now, Actor actor) {
    return db.tx(
        "recording " + entries.size() + " edX users",
        tx -> entries.stream().map(entry -> recordIn(tx, entry, now, actor)).toList());
  }

  private RecordedUser recordIn(DSLContext tx, NewLedgerEntry entry, Instant now, Actor actor) {
    Optional<MorkUser> existing = LedgerRows.one(tx, Tables.U_EDX_ID.eq(entry.edxUserId()));
    if (existing.isPresent()) {
      return new RecordedUser(existing.get(), false);
    }
    UUID id = UUID.randomUUID();
    int inserted =
        tx.insertInto(USERS)
            .set(Tables.U_ID, id)
            .set(Tables.U_USERNAME, entry.username())
            .set(Tables.U_EDX_ID, entry.edxUserId())
            .set(Tables.U_EMAIL, entry.email())
            .set(Tables.U_EMAIL_HASH, hasher.hash(entry.email()))
            .set(Tables.U_REASON, entry.reason().wireName())
            .set(Tables.U_CREATED, Db.at(now))
            .set(Tables.U_UPDATED, Db.at(now))
            .onConflict(Tables.U_EDX_ID)
            .doNothing()
            .execute();
    if (inserted == 0) {
      return new RecordedUser(
          LedgerRows.one(tx, Tables.U_EDX_ID.eq(entry.edxUserId())).orElseThrow(), false);
    }
    for (ServiceName service : entry.services()) {
      tx.insertInto(STATUSES)
          .set(Tables.S_USER, id)
          .set(Tables.S_SERVICE, service.value())
          .set(Tables.S_STATUS, DeletionStatus.TO_DELETE.wireName())
          .set(Tables.S_ATTEMPTS, 0)
          .set(Tables.S_UPDATED, Db.at(now))
          .execute();
    }
    audit.append(
        tx, Events.user(now, actor, "recorded", id, "reason=" + entry.reason().wireName()));
    return new RecordedUser(LedgerRows.one(tx, Tables.U_ID.eq(id)).orElseThrow(), true);
  }

  Optional<ServiceStatus> changeStatus(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor) {
    return db.tx(
        "changing the " + service + " status",
        tx -> changeIn(tx, userId, service, change, now, actor));
  }

  /** A batch's changes in one transaction; a change its status does not allow is skipped. */
  List<Optional<ServiceStatus>> changeStatuses(
      List<StatusUpdate> updates, Instant now, Actor actor) {
    return db.tx(
        "changing " + updates.size() + " statuses",
        tx ->
            updates.stream()
                .map(
                    u -> {
                      try {
                        return changeIn(tx, u.userId(), u.service(), u.change(), now, actor);
                      } catch (IllegalStatusTransitionException e) {
                        // thrown before anything of this change was written
                        return Optional.<ServiceStatus>empty();
                      }
                    })
                .toList());
  }

  private Optional<ServiceStatus> changeIn(
      DSLContext tx,
      UUID userId,
      ServiceName service,
      StatusChange change,
      Instant now,
      Actor actor) {
    Record row =
        tx.select(Tables.STATUS_COLUMNS)
            .from(STATUSES)
            .where(Tables.S_USER.eq(userId))
            .and(Tables.S_SERVICE.eq(service.value()))
            .forUpdate()
            .fetchOne();
    if (row == null) {
      return Optional.<ServiceStatus>empty();
    }
    DeletionStatus from = DeletionStatus.fromWire(row.get(Tables.S_STATUS));
    if (!from.canMoveTo(change.to(), change.reopen())) {
      throw new IllegalStatusTransitionException(from, change.to());
    }
    ServiceStatus next =
        new ServiceStatus(
            service,
            change.to(),
            change.attempts(),
            change.lastError(),
            change.nextAttemptAt(),
            now);
    write(tx, row.get(Tables.S_ID), next);
    tx.update(USERS).set(Tables.U_UPDATED, Db.at(now)).where(Tables.U_ID.eq(userId)).execute();
    audit.append(
        tx,
        Events.status(
            now, actor, change.action(), userId, service, from, change.to(), change.detail()));
    return Optional.of(next);
  }

  private static void write(DSLContext tx, long statusId, ServiceStatus next) {
    tx.update(STATUSES)
        .set(Tables.S_STATUS, next.status().wireName())
        .set(Tables.S_ATTEMPTS, next.attempts())
        .set(Tables.S_LAST_ERROR, next.lastError().orElse(null))
        .set(Tables.S_NEXT, Db.at(next.nextAttemptAt().orElse(null)))
        .set(Tables.S_UPDATED, Db.at(next.updatedAt()))
        .set(Tables.S_VERSION, Tables.S_VERSION.plus(1))
        .where(Tables.S_ID.eq(statusId))
        .execute();
  }
}

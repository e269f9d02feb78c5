package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Records users and moves their statuses, each with its audit event in the same transaction. */
final class LedgerWriter {
  private final Db db;
  private final PiiHasher hasher;
  private final AuditWriter audit;
  private final PostgresStatusChange oneStatement;

  LedgerWriter(Db db, PiiHasher hasher, AuditWriter audit) {
    this.db = db;
    this.hasher = hasher;
    this.audit = audit;
    this.oneStatement = new PostgresStatusChange(db, audit);
  }

  RecordedUser record(NewLedgerEntry entry, Instant now, Actor actor) {
    return db.tx("recording edX user " + entry.edxUserId(), tx -> recordIn(tx, entry, now, actor));
  }

  /**
   * One transaction and a handful of multi-row statements for the lot, instead of a commit and
   * seven round trips per user (see performance.md). A user already recorded, or recorded by
   * another node meanwhile (the insert skips the conflict), is answered as it is stored.
   */
  List<RecordedUser> recordAll(List<NewLedgerEntry> entries, Instant now, Actor actor) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return db.tx(
        "recording " + entries.size() + " edX users",
        tx -> {
          List<Long> edxIds = entries.stream().map(NewLedgerEntry::edxUserId).toList();
          Map<Long, UUID> fresh = new LinkedHashMap<>();
          Set<Long> known = new HashSet<>(stored(tx, edxIds).keySet());
          List<NewLedgerEntry> newcomers = new ArrayList<>();
          for (NewLedgerEntry e : entries) {
            if (!known.contains(e.edxUserId()) && !fresh.containsKey(e.edxUserId())) {
              fresh.put(e.edxUserId(), UUID.randomUUID());
              newcomers.add(e);
            }
          }
          if (!newcomers.isEmpty()) {
            insertUsers(tx, newcomers, fresh, now);
          }
          Map<Long, MorkUser> before = stored(tx, edxIds);
          Set<Long> once = new HashSet<>();
          List<NewLedgerEntry> created =
              entries.stream()
                  .filter(e -> before.get(e.edxUserId()).id().equals(fresh.get(e.edxUserId())))
                  .filter(e -> once.add(e.edxUserId()))
                  .toList();
          if (!created.isEmpty()) {
            insertStatuses(tx, created, fresh, now);
            audit.appendAll(
                tx,
                created.stream()
                    .map(
                        e ->
                            Events.user(
                                now,
                                actor,
                                "recorded",
                                fresh.get(e.edxUserId()),
                                "reason=" + e.reason().wireName()))
                    .toList());
          }
          Map<Long, MorkUser> after = created.isEmpty() ? before : stored(tx, edxIds);
          Set<Long> answered = new HashSet<>();
          return entries.stream()
              .map(
                  e -> {
                    MorkUser user = after.get(e.edxUserId());
                    boolean isNew =
                        user.id().equals(fresh.get(e.edxUserId())) && answered.add(e.edxUserId());
                    return new RecordedUser(user, isNew);
                  })
              .toList();
        });
  }

  private static final String UNNEST_USERS =
      "INSERT INTO users (id, username, edx_user_id, email, email_hash, reason, created_at,"
          + " updated_at) SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::bigint[],"
          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::timestamptz[])"
          + " ON CONFLICT (edx_user_id) DO NOTHING";

  private static final String UNNEST_STATUSES =
      "INSERT INTO user_service_statuses (user_id, service, status, attempts, updated_at,"
          + " user_created_at) SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::varchar[],"
          + " ?::integer[], ?::timestamptz[], ?::timestamptz[])";

  /**
   * The new users (one entry per edX id), skipping any recorded meanwhile: one statement reading
   * arrays on PostgreSQL (see {@link PostgresArrays}), one multi-row insert elsewhere.
   */
  private void insertUsers(
      DSLContext tx, List<NewLedgerEntry> rows, Map<Long, UUID> fresh, Instant now) {
    if (!PostgresArrays.supported(tx)) {
      var users =
          tx.insertInto(
              USERS,
              Tables.U_ID,
              Tables.U_USERNAME,
              Tables.U_EDX_ID,
              Tables.U_EMAIL,
              Tables.U_EMAIL_HASH,
              Tables.U_REASON,
              Tables.U_CREATED,
              Tables.U_UPDATED);
      for (NewLedgerEntry e : rows) {
        users =
            users.values(
                fresh.get(e.edxUserId()),
                e.username(),
                e.edxUserId(),
                e.email(),
                hasher.hash(e.email()),
                e.reason().wireName(),
                Db.at(now),
                Db.at(now));
      }
      users.onConflict(Tables.U_EDX_ID).doNothing().execute();
      return;
    }
    PostgresArrays.execute(
        tx,
        UNNEST_USERS,
        rows,
        List.of(
            PostgresArrays.Column.of("uuid", e -> fresh.get(e.edxUserId())),
            PostgresArrays.Column.of("varchar", NewLedgerEntry::username),
            PostgresArrays.Column.of("bigint", NewLedgerEntry::edxUserId),
            PostgresArrays.Column.of("varchar", NewLedgerEntry::email),
            PostgresArrays.Column.of("varchar", e -> hasher.hash(e.email())),
            PostgresArrays.Column.of("varchar", e -> e.reason().wireName()),
            PostgresArrays.Column.instant(e -> now),
            PostgresArrays.Column.instant(e -> now)));
  }

  /** The created users' statuses, {@code to_delete} in each of their services. */
  private static void insertStatuses(
      DSLContext tx, List<NewLedgerEntry> created, Map<Long, UUID> fresh, Instant now) {
    record Row(UUID user, ServiceName service) {}
    List<Row> rows = new ArrayList<>();
    for (NewLedgerEntry e : created) {
      for (ServiceName service : e.services()) {
        rows.add(new Row(fresh.get(e.edxUserId()), service));
      }
    }
    if (!PostgresArrays.supported(tx)) {
      var statuses =
          tx.insertInto(
              STATUSES,
              Tables.S_USER,
              Tables.S_SERVICE,
              Tables.S_STATUS,
              Tables.S_ATTEMPTS,
              Tables.S_UPDATED,
              Tables.S_USER_CREATED);
      for (Row row : rows) {
        statuses =
            statuses.values(
                row.user(),
                row.service().value(),
                DeletionStatus.TO_DELETE.wireName(),
                0,
                Db.at(now),
                Db.at(now));
      }
      statuses.execute();
      return;
    }
    PostgresArrays.execute(
        tx,
        UNNEST_STATUSES,
        rows,
        List.of(
            PostgresArrays.Column.of("uuid", Row::user),
            PostgresArrays.Column.of("varchar", r -> r.service().value()),
            PostgresArrays.Column.of("varchar", r -> DeletionStatus.TO_DELETE.wireName()),
            PostgresArrays.Column.of("integer", r -> 0),
            PostgresArrays.Column.instant(r -> now),
            PostgresArrays.Column.instant(r -> now)));
  }

  private static Map<Long, MorkUser> stored(DSLContext tx, List<Long> edxIds) {
    return LedgerRows.users(
            tx,
            tx.select(Tables.USER_COLUMNS).from(USERS).where(Tables.U_EDX_ID.in(edxIds)).fetch())
        .stream()
        .collect(Collectors.toMap(MorkUser::edxUserId, u -> u));
  }

  private RecordedUser recordIn(DSLContext tx, NewLedgerEntry entry, Instant now, Actor actor) {
    Optional<MorkUser> existing = LedgerReads.one(tx, Tables.U_EDX_ID.eq(entry.edxUserId()));
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
          LedgerReads.one(tx, Tables.U_EDX_ID.eq(entry.edxUserId())).orElseThrow(), false);
    }
    for (ServiceName service : entry.services()) {
      tx.insertInto(STATUSES)
          .set(Tables.S_USER, id)
          .set(Tables.S_SERVICE, service.value())
          .set(Tables.S_STATUS, DeletionStatus.TO_DELETE.wireName())
          .set(Tables.S_ATTEMPTS, 0)
          .set(Tables.S_UPDATED, Db.at(now))
          .set(Tables.S_USER_CREATED, Db.at(now))
          .execute();
    }
    audit.append(
        tx, Events.user(now, actor, "recorded", id, "reason=" + entry.reason().wireName()));
    return new RecordedUser(LedgerReads.one(tx, Tables.U_ID.eq(id)).orElseThrow(), true);
  }

  Optional<ServiceStatus> changeStatus(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor) {
    if (db.vendor() == Vendor.POSTGRESQL) {
      return oneStatement.change(userId, service, change, now, actor);
    }
    return db.tx(
        "changing the " + service + " status",
        tx -> changeIn(tx, userId, service, change, now, actor));
  }

  /**
   * A batch's changes in one transaction: the statuses locked by one query per service, written by
   * one prepared batch, the users touched and the audit events in one statement each. A change its
   * status does not allow, or whose status is gone, is skipped (answered empty).
   */
  List<Optional<ServiceStatus>> changeStatuses(
      List<StatusUpdate> updates, Instant now, Actor actor) {
    if (updates.isEmpty()) {
      return List.of();
    }
    return db.tx(
        "changing " + updates.size() + " statuses",
        tx -> {
          Map<ServiceName, Map<UUID, Record>> rows = new HashMap<>();
          updates.stream()
              .collect(Collectors.groupingBy(StatusUpdate::service))
              .forEach(
                  (service, some) ->
                      rows.put(
                          service,
                          tx
                              .select(Tables.STATUS_COLUMNS)
                              .from(STATUSES)
                              .where(Tables.S_SERVICE.eq(service.value()))
                              .and(
                                  Tables.S_USER.in(
                                      some.stream().map(StatusUpdate::userId).toList()))
                              .forUpdate()
                              .fetch()
                              .stream()
                              .collect(Collectors.toMap(r -> r.get(Tables.S_USER), r -> r))));
          Map<Long, ServiceStatus> writes = new LinkedHashMap<>();
          Map<Long, DeletionStatus> current = new HashMap<>();
          List<AuditEvent> events = new ArrayList<>();
          Set<UUID> touched = new LinkedHashSet<>();
          List<Optional<ServiceStatus>> results = new ArrayList<>();
          for (StatusUpdate u : updates) {
            Record row = rows.get(u.service()).get(u.userId());
            if (row == null) {
              results.add(Optional.empty());
              continue;
            }
            long id = row.get(Tables.S_ID);
            DeletionStatus from =
                current.getOrDefault(id, DeletionStatus.fromWire(row.get(Tables.S_STATUS)));
            StatusChange change = u.change();
            if (!from.canMoveTo(change.to(), change.reopen())) {
              results.add(Optional.empty());
              continue;
            }
            ServiceStatus next =
                new ServiceStatus(
                    u.service(),
                    change.to(),
                    change.attempts(),
                    change.lastError(),
                    change.nextAttemptAt(),
                    now);
            writes.put(id, next);
            current.put(id, change.to());
            touched.add(u.userId());
            events.add(
                Events.status(
                    now,
                    actor,
                    change.action(),
                    u.userId(),
                    u.service(),
                    from,
                    change.to(),
                    change.detail()));
            results.add(Optional.of(next));
          }
          writeAll(tx, writes);
          if (!touched.isEmpty()) {
            // users locked in id order: two batches of different services never deadlock
            tx.select(Tables.U_ID)
                .from(USERS)
                .where(Tables.U_ID.in(touched))
                .orderBy(Tables.U_ID)
                .forUpdate()
                .fetch();
            tx.update(USERS)
                .set(Tables.U_UPDATED, Db.at(now))
                .where(Tables.U_ID.in(touched))
                .execute();
          }
          audit.appendAll(tx, events);
          return results;
        });
  }

  private static final String UNNEST_UPDATE =
      "UPDATE user_service_statuses s SET status = v.status, attempts = v.attempts,"
          + " last_error = v.last_error, next_attempt_at = v.next_at, updated_at = v.updated_at,"
          + " version = s.version + 1 FROM unnest(?::bigint[], ?::varchar[], ?::integer[],"
          + " ?::text[], ?::timestamptz[], ?::timestamptz[])"
          + " AS v(id, status, attempts, last_error, next_at, updated_at) WHERE s.id = v.id";

  private static final List<PostgresArrays.Column<Map.Entry<Long, ServiceStatus>>> UNNEST_COLUMNS =
      List.of(
          PostgresArrays.Column.of("bigint", Map.Entry::getKey),
          PostgresArrays.Column.of("varchar", w -> w.getValue().status().wireName()),
          PostgresArrays.Column.of("integer", w -> w.getValue().attempts()),
          PostgresArrays.Column.of("text", w -> w.getValue().lastError().orElse(null)),
          PostgresArrays.Column.instant(w -> w.getValue().nextAttemptAt().orElse(null)),
          PostgresArrays.Column.instant(w -> w.getValue().updatedAt()));

  /** The rows the statuses were locked from, written (one statement from arrays on PostgreSQL). */
  private static void writeAll(DSLContext tx, Map<Long, ServiceStatus> writes) {
    if (writes.isEmpty()) {
      return;
    }
    if (PostgresArrays.supported(tx)) {
      PostgresArrays.execute(tx, UNNEST_UPDATE, List.copyOf(writes.entrySet()), UNNEST_COLUMNS);
      return;
    }
    var batch =
        tx.batch(
            tx.update(STATUSES)
                .set(Tables.S_STATUS, (String) null)
                .set(Tables.S_ATTEMPTS, (Integer) null)
                .set(Tables.S_LAST_ERROR, (String) null)
                .set(Tables.S_NEXT, (java.time.OffsetDateTime) null)
                .set(Tables.S_UPDATED, (java.time.OffsetDateTime) null)
                .set(Tables.S_VERSION, Tables.S_VERSION.plus(org.jooq.impl.DSL.inline(1)))
                .where(Tables.S_ID.eq((Long) null)));
    writes.forEach(
        (id, next) ->
            batch.bind(
                next.status().wireName(),
                next.attempts(),
                next.lastError().orElse(null),
                Db.at(next.nextAttemptAt().orElse(null)),
                Db.at(next.updatedAt()),
                id));
    batch.execute();
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

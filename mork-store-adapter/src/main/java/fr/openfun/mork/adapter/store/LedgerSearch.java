package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The REST layer's ledger queries. Email and username match partially and case-insensitively on raw
 * values, and exactly through the keyed hash, so minimised entries are still found by their full
 * email (or username).
 */
final class LedgerSearch {
  private final Db db;
  private final PiiHasher hasher;

  LedgerSearch(Db db, PiiHasher hasher) {
    this.db = db;
    this.hasher = hasher;
  }

  List<MorkUser> search(LedgerQuery query) {
    if (query.service().isPresent() && query.deletionStatus().isPresent()) {
      return pull(query);
    }
    return db.read(
        "searching the ledger",
        dsl ->
            LedgerReads.users(
                dsl,
                dsl.select(Tables.USER_COLUMNS)
                    .from(USERS)
                    .where(condition(query))
                    .orderBy(Tables.U_CREATED, Tables.U_ID)
                    .offset(query.offset())
                    .limit(query.limit())));
  }

  /**
   * A service's own poll: its statuses in {@code ix_statuses_pull} order, which is the users'
   * {@code (created_at, id)} order (each status carries its user's creation time), so the page is
   * read from the index instead of sorting every matching user. Same rows, same order.
   */
  private List<MorkUser> pull(LedgerQuery query) {
    Condition users = condition(query, false);
    return db.read(
        "searching the ledger",
        dsl ->
            LedgerReads.users(
                dsl,
                dsl.select(Tables.USER_COLUMNS)
                    .from(STATUSES)
                    .join(USERS)
                    .on(Tables.U_ID.eq(Tables.S_USER))
                    .where(Tables.S_SERVICE.eq(query.service().orElseThrow().value()))
                    .and(Tables.S_STATUS.eq(query.deletionStatus().orElseThrow().wireName()))
                    .and(users)
                    .orderBy(Tables.S_USER_CREATED, Tables.S_USER)
                    .offset(query.offset())
                    .limit(query.limit())));
  }

  long count(LedgerQuery query) {
    return db.read(
        "counting the ledger",
        dsl -> dsl.selectCount().from(USERS).where(condition(query)).fetchOne(0, Long.class));
  }

  Map<ServiceName, Map<DeletionStatus, Long>> countByServiceAndStatus() {
    Map<ServiceName, Map<DeletionStatus, Long>> counts = new TreeMap<>();
    db.read(
            "counting statuses",
            dsl ->
                dsl.select(Tables.S_SERVICE, Tables.S_STATUS, DSL.count())
                    .from(STATUSES)
                    .groupBy(Tables.S_SERVICE, Tables.S_STATUS)
                    .fetch())
        .forEach(
            r ->
                counts
                    .computeIfAbsent(
                        ServiceName.of(r.value1()), k -> new EnumMap<>(DeletionStatus.class))
                    .put(DeletionStatus.fromWire(r.value2()), r.value3().longValue()));
    counts.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return Collections.unmodifiableMap(counts);
  }

  private Condition condition(LedgerQuery q) {
    return condition(q, true);
  }

  /** The query's conditions on {@code users}, with or without its service and status filter. */
  private Condition condition(LedgerQuery q, boolean serviceStatus) {
    Condition where = noCondition();
    if (q.email().isPresent()) {
      String email = q.email().get();
      where =
          where.and(
              Tables.U_EMAIL
                  .containsIgnoreCase(email)
                  .or(Tables.U_EMAIL_HASH.eq(hasher.hash(email))));
    }
    if (q.username().isPresent()) {
      String username = q.username().get();
      where =
          where.and(
              Tables.U_USERNAME
                  .containsIgnoreCase(username)
                  .or(Tables.U_USERNAME.eq(hasher.hash(username))));
    }
    if (serviceStatus && (q.service().isPresent() || q.deletionStatus().isPresent())) {
      Condition status = Tables.S_USER.eq(Tables.U_ID);
      if (q.service().isPresent()) {
        status = status.and(Tables.S_SERVICE.eq(q.service().get().value()));
      }
      if (q.deletionStatus().isPresent()) {
        status = status.and(Tables.S_STATUS.eq(q.deletionStatus().get().wireName()));
      }
      where = where.andExists(selectOne().from(STATUSES).where(status));
    }
    if (q.erasedFrom().isPresent()) {
      where =
          where.andExists(
              selectOne()
                  .from(STATUSES)
                  .where(Tables.S_USER.eq(Tables.U_ID))
                  .and(Tables.S_SERVICE.eq(q.erasedFrom().get().value()))
                  .and(Tables.S_STATUS.eq(DeletionStatus.DELETED.wireName())));
    }
    return where;
  }
}

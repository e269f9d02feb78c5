package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads ledger users with their statuses (two queries, whatever the page size). */
final class LedgerRows {
  private LedgerRows() {}

  /** The users of {@code rows}, in the same order, each with its statuses sorted by service. */
  static List<MorkUser> users(DSLContext dsl, List<? extends Record> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(r -> r.get(Tables.U_ID)).toList();
    Map<UUID, List<ServiceStatus>> statuses =
        dsl
            .select(Tables.STATUS_COLUMNS)
            .from(STATUSES)
            .where(Tables.S_USER.in(ids))
            .orderBy(Tables.S_SERVICE)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get(Tables.S_USER),
                    Collectors.mapping(LedgerRows::status, Collectors.toList())));
    return rows.stream()
        .map(r -> user(r, statuses.getOrDefault(r.get(Tables.U_ID), List.of())))
        .toList();
  }

  static MorkUser user(Record r, List<ServiceStatus> statuses) {
    return new MorkUser(
        r.get(Tables.U_ID),
        r.get(Tables.U_USERNAME),
        r.get(Tables.U_EDX_ID),
        r.get(Tables.U_EMAIL),
        DeletionReason.fromWire(r.get(Tables.U_REASON)),
        Db.instant(r.get(Tables.U_CREATED)),
        Db.instant(r.get(Tables.U_UPDATED)),
        statuses);
  }

  static ServiceStatus status(Record r) {
    return new ServiceStatus(
        ServiceName.of(r.get(Tables.S_SERVICE)),
        DeletionStatus.fromWire(r.get(Tables.S_STATUS)),
        r.get(Tables.S_ATTEMPTS),
        Optional.ofNullable(r.get(Tables.S_LAST_ERROR)),
        Optional.ofNullable(Db.instant(r.get(Tables.S_NEXT))),
        Db.instant(r.get(Tables.S_UPDATED)));
  }
}

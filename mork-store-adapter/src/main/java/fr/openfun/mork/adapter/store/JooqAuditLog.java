package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.AUDIT;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AuditLog;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;

/** The audit trail in {@code audit_events}: insert-only, emails in details replaced by hashes. */
final class JooqAuditLog implements AuditLog {
  private final Db db;
  private final AuditWriter writer;

  JooqAuditLog(Db db, AuditWriter writer) {
    this.db = db;
    this.writer = writer;
  }

  @Override
  public void append(AuditEvent event) {
    db.tx(
        "appending an audit event",
        tx -> {
          writer.append(tx, event);
          return null;
        });
  }

  @Override
  public List<AuditEvent> history(UUID userId) {
    return db.read(
        "reading the audit history",
        dsl ->
            dsl.select(Tables.AUDIT_COLUMNS)
                .from(AUDIT)
                .where(Tables.A_USER.eq(userId))
                .orderBy(Tables.A_ID)
                .fetch(JooqAuditLog::event));
  }

  private static AuditEvent event(Record r) {
    return new AuditEvent(
        Db.instant(r.get(Tables.A_AT)),
        Actor.of(r.get(Tables.A_ACTOR)),
        r.get(Tables.A_ACTION),
        Optional.ofNullable(r.get(Tables.A_USER)),
        Optional.ofNullable(r.get(Tables.A_SERVICE)).map(ServiceName::of),
        Optional.ofNullable(r.get(Tables.A_FROM)).map(DeletionStatus::fromWire),
        Optional.ofNullable(r.get(Tables.A_TO)).map(DeletionStatus::fromWire),
        r.get(Tables.A_DETAIL));
  }
}

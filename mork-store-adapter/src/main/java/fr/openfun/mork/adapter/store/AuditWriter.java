package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.AUDIT;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Inserts audit events inside the caller's transaction. Anything in the detail that looks like an
 * email address is replaced by its keyed hash first, so the trail never holds a raw email.
 */
final class AuditWriter {
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@=,;:()\\[\\]<>\"']+@[^\\s@,;:()\\[\\]<>\"']+");
  // in the events' order: WITH ORDINALITY keeps the trail's ids in the order it was written
  private static final String UNNEST_INSERT =
      "INSERT INTO audit_events (at, actor, action, user_id, service, from_status, to_status,"
          + " detail) SELECT e.at, e.actor, e.action, e.user_id, e.service, e.from_status,"
          + " e.to_status, e.detail FROM unnest(?::timestamptz[], ?::varchar[], ?::varchar[],"
          + " ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) WITH ORDINALITY"
          + " AS e(at, actor, action, user_id, service, from_status, to_status, detail, n)"
          + " ORDER BY e.n";
  private final PiiHasher hasher;

  AuditWriter(PiiHasher hasher) {
    this.hasher = hasher;
  }

  void append(DSLContext tx, AuditEvent event) {
    tx.insertInto(AUDIT)
        .set(Tables.A_AT, Db.at(event.at()))
        .set(Tables.A_ACTOR, event.actor().name())
        .set(Tables.A_ACTION, event.action())
        .set(Tables.A_USER, event.userId().orElse(null))
        .set(Tables.A_SERVICE, event.service().map(ServiceName::value).orElse(null))
        .set(Tables.A_FROM, event.from().map(DeletionStatus::wireName).orElse(null))
        .set(Tables.A_TO, event.to().map(DeletionStatus::wireName).orElse(null))
        .set(Tables.A_DETAIL, scrub(event.detail()))
        .execute();
  }

  /** Several events in one statement (from arrays on PostgreSQL, multi-row elsewhere). */
  void appendAll(DSLContext tx, java.util.List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    if (PostgresArrays.supported(tx)) {
      PostgresArrays.execute(tx, UNNEST_INSERT, events, unnestColumns());
      return;
    }
    var insert =
        tx.insertInto(
            AUDIT,
            Tables.A_AT,
            Tables.A_ACTOR,
            Tables.A_ACTION,
            Tables.A_USER,
            Tables.A_SERVICE,
            Tables.A_FROM,
            Tables.A_TO,
            Tables.A_DETAIL);
    for (AuditEvent event : events) {
      insert =
          insert.values(
              Db.at(event.at()),
              event.actor().name(),
              event.action(),
              event.userId().orElse(null),
              event.service().map(ServiceName::value).orElse(null),
              event.from().map(DeletionStatus::wireName).orElse(null),
              event.to().map(DeletionStatus::wireName).orElse(null),
              scrub(event.detail()));
    }
    insert.execute();
  }

  private java.util.List<PostgresArrays.Column<AuditEvent>> unnestColumns() {
    return java.util.List.of(
        PostgresArrays.Column.instant(AuditEvent::at),
        PostgresArrays.Column.of("varchar", e -> e.actor().name()),
        PostgresArrays.Column.of("varchar", AuditEvent::action),
        PostgresArrays.Column.of("uuid", e -> e.userId().orElse(null)),
        PostgresArrays.Column.of("varchar", e -> e.service().map(ServiceName::value).orElse(null)),
        PostgresArrays.Column.of(
            "varchar", e -> e.from().map(DeletionStatus::wireName).orElse(null)),
        PostgresArrays.Column.of("varchar", e -> e.to().map(DeletionStatus::wireName).orElse(null)),
        PostgresArrays.Column.of("text", e -> scrub(e.detail())));
  }

  String scrub(String detail) {
    Matcher m = EMAIL.matcher(detail);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(hasher.hash(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}

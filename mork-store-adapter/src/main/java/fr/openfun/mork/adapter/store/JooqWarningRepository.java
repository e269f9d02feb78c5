package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.WARNINGS;

import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Sent warnings in {@code warnings}; the same warning recorded twice is kept once. */
final class JooqWarningRepository implements WarningRepository {
  private static final String ASYNC_COMMIT_INSERT =
      "INSERT INTO warnings (edx_user_id, reminder, sent_at)"
          + " SELECT CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE)"
          + " WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL"
          + " ON CONFLICT (edx_user_id, reminder, sent_at) DO NOTHING";

  private final Db db;

  JooqWarningRepository(Db db) {
    this.db = db;
  }

  /**
   * On PostgreSQL the insert commits without waiting for the WAL flush ({@code synchronous_commit}
   * off for its own transaction only, set inside the statement: one round trip): the record
   * survives a crash of Mork, and a crash of PostgreSQL itself may forget the last fraction of a
   * second of records, whose users are then warned again (never deleted earlier). Waiting for the
   * flush cost an fsync per warning sent, more than sending the email.
   */
  @Override
  public void record(Warning warning) {
    db.read(
        "recording a warning",
        dsl ->
            db.vendor() == Vendor.POSTGRESQL
                ? dsl.execute(
                    ASYNC_COMMIT_INSERT,
                    warning.edxUserId(),
                    warning.reminder(),
                    Db.at(warning.sentAt()))
                : insert(dsl, warning));
  }

  private static int insert(org.jooq.DSLContext dsl, Warning warning) {
    return dsl.insertInto(WARNINGS)
        .set(Tables.W_EDX_ID, warning.edxUserId())
        .set(Tables.W_REMINDER, warning.reminder())
        .set(Tables.W_SENT, Db.at(warning.sentAt()))
        .onConflict(Tables.W_EDX_ID, Tables.W_REMINDER, Tables.W_SENT)
        .doNothing()
        .execute();
  }

  @Override
  public List<Warning> findFor(Collection<Long> edxUserIds) {
    List<Long> ids = List.copyOf(edxUserIds);
    List<Warning> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      found.addAll(
          db.read(
              "reading warnings",
              dsl ->
                  dsl.select(Tables.W_EDX_ID, Tables.W_REMINDER, Tables.W_SENT)
                      .from(WARNINGS)
                      .where(Tables.W_EDX_ID.in(chunk))
                      .fetch(r -> new Warning(r.value1(), r.value2(), Db.instant(r.value3())))));
    }
    found.sort(
        Comparator.comparing(Warning::sentAt)
            .thenComparingLong(Warning::edxUserId)
            .thenComparingInt(Warning::reminder));
    return List.copyOf(found);
  }

  @Override
  public void clear(long edxUserId) {
    db.read(
        "clearing warnings",
        dsl -> dsl.deleteFrom(WARNINGS).where(Tables.W_EDX_ID.eq(edxUserId)).execute());
  }

  @Override
  public void clearAll(java.util.Collection<Long> edxUserIds) {
    if (!edxUserIds.isEmpty()) {
      db.read(
          "clearing warnings",
          dsl -> dsl.deleteFrom(WARNINGS).where(Tables.W_EDX_ID.in(edxUserIds)).execute());
    }
  }
}

package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.WARNINGS;

import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jooq.exception.DataAccessException;

/** Sent warnings in {@code warnings}; the same warning recorded twice is kept once. */
final class JooqWarningRepository implements WarningRepository {
  /**
   * The record on PostgreSQL as plain JDBC: a warn run records one warning per email, before the
   * next email may be accepted, and rendering the jOOQ query cost a fair share of that wait.
   */
  private static final String RECORD_ON_POSTGRES =
      "INSERT INTO warnings (edx_user_id, reminder, sent_at) VALUES (?, ?, ?)"
          + " ON CONFLICT (edx_user_id, reminder, sent_at) DO NOTHING";

  private final Db db;

  JooqWarningRepository(Db db) {
    this.db = db;
  }

  @Override
  public void record(Warning warning) {
    if (db.vendor() == Vendor.POSTGRESQL) {
      db.read(
          "recording a warning",
          dsl ->
              dsl.connectionResult(
                  c -> {
                    try (PreparedStatement ps = c.prepareStatement(RECORD_ON_POSTGRES)) {
                      ps.setLong(1, warning.edxUserId());
                      ps.setInt(2, warning.reminder());
                      ps.setObject(3, Db.at(warning.sentAt()));
                      return ps.executeUpdate();
                    } catch (SQLException e) {
                      throw new DataAccessException("recording a warning", e);
                    }
                  }));
      return;
    }
    db.read(
        "recording a warning",
        dsl ->
            dsl.insertInto(WARNINGS)
                .set(Tables.W_EDX_ID, warning.edxUserId())
                .set(Tables.W_REMINDER, warning.reminder())
                .set(Tables.W_SENT, Db.at(warning.sentAt()))
                .onConflict(Tables.W_EDX_ID, Tables.W_REMINDER, Tables.W_SENT)
                .doNothing()
                .execute());
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

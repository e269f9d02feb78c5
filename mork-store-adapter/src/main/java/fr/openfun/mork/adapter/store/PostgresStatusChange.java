package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;

/**
 * One status change on PostgreSQL in a single statement (one round trip, its own transaction): the
 * status row locked ({@code FOR UPDATE}, which reads its latest committed version), updated only
 * from a state the change allows, the user touched and the audit event inserted with the locked
 * row's old state. Same locks in the same order as the transaction of several statements, so no
 * lost update and a chained trail (see docs/performance.md, "API under load").
 */
final class PostgresStatusChange {
  private static final String LOCK =
      "WITH old AS (SELECT id, status FROM user_service_statuses"
          + " WHERE user_id = ?::uuid AND service = ? FOR UPDATE),"
          + " changed AS (UPDATE user_service_statuses s SET status = ?, attempts = ?::integer,"
          + " last_error = ?::text, next_attempt_at = ?::timestamptz, updated_at = ?::timestamptz,"
          + " version = s.version + 1"
          + " FROM old WHERE s.id = old.id AND old.status IN (";
  private static final String REST =
      ") RETURNING old.status AS from_status),"
          + " touched AS (UPDATE users SET updated_at = ?::timestamptz WHERE id = ?::uuid"
          + " AND EXISTS (SELECT 1 FROM changed)),"
          + " audited AS (INSERT INTO audit_events"
          + " (at, actor, action, user_id, service, from_status, to_status, detail)"
          + " SELECT ?::timestamptz, ?::varchar, ?::varchar, ?::uuid, ?::varchar, from_status,"
          + " ?::varchar, ?::text FROM changed)"
          + " SELECT (SELECT status FROM old) AS current, (SELECT from_status FROM changed) AS moved";

  private final Db db;
  private final AuditWriter audit;

  PostgresStatusChange(Db db, AuditWriter audit) {
    this.db = db;
    this.audit = audit;
  }

  Optional<ServiceStatus> change(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor) {
    List<String> allowed =
        Arrays.stream(DeletionStatus.values())
            .filter(s -> s.canMoveTo(change.to(), change.reopen()))
            .map(DeletionStatus::wireName)
            .toList();
    String sql = LOCK + String.join(", ", Collections.nCopies(allowed.size(), "?")) + REST;
    String[] result =
        db.read(
            "changing the " + service + " status",
            dsl ->
                dsl.connectionResult(
                    c -> {
                      try (PreparedStatement ps = c.prepareStatement(sql)) {
                        bind(ps, userId, service, change, now, actor, allowed);
                        try (ResultSet rs = ps.executeQuery()) {
                          rs.next();
                          return new String[] {rs.getString(1), rs.getString(2)};
                        }
                      } catch (SQLException e) {
                        throw new DataAccessException("changing a status", e);
                      }
                    }));
    String current = result[0];
    if (current == null) {
      return Optional.empty();
    }
    if (result[1] == null) {
      throw new IllegalStatusTransitionException(DeletionStatus.fromWire(current), change.to());
    }
    return Optional.of(
        new ServiceStatus(
            service,
            change.to(),
            change.attempts(),
            change.lastError(),
            change.nextAttemptAt(),
            now));
  }

  private void bind(
      PreparedStatement ps,
      UUID userId,
      ServiceName service,
      StatusChange change,
      Instant now,
      Actor actor,
      List<String> allowed)
      throws SQLException {
    OffsetDateTime at = Db.at(now);
    int i = 0;
    ps.setObject(++i, userId);
    ps.setString(++i, service.value());
    ps.setString(++i, change.to().wireName());
    ps.setInt(++i, change.attempts());
    ps.setString(++i, change.lastError().orElse(null));
    ps.setObject(++i, Db.at(change.nextAttemptAt().orElse(null)));
    ps.setObject(++i, at);
    for (String from : allowed) {
      ps.setString(++i, from);
    }
    ps.setObject(++i, at);
    ps.setObject(++i, userId);
    ps.setObject(++i, at);
    ps.setString(++i, actor.name());
    ps.setString(++i, change.action());
    ps.setObject(++i, userId);
    ps.setString(++i, service.value());
    ps.setString(++i, change.to().wireName());
    ps.setString(++i, audit.scrub(change.detail()));
  }
}

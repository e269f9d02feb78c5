package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mork's store (PostgreSQL) read from outside, as an operator would: ledger statuses, task
 * progress, and Quartz's cluster tables (which node checked in, which node runs which job).
 */
final class StoreProbe implements AutoCloseable {
  private final Connection connection;

  StoreProbe(Connection connection) {
    this.connection = connection;
  }

  /** Quartz instance ids of the nodes that checked in. */
  Set<String> instances() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement s =
            connection.prepareStatement("SELECT instance_name FROM qrtz_scheduler_state");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  /**
   * The instances executing this job now, as far as the store knows (dead ones until recovered).
   */
  List<String> executing(String group, String job) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT instance_name FROM qrtz_fired_triggers"
                + " WHERE job_group = ? AND job_name = ? AND state = 'EXECUTING'")) {
      s.setString(1, group);
      s.setString(2, job);
      List<String> instances = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          instances.add(r.getString(1));
        }
      }
      return instances;
    }
  }

  long ledgerUsers() throws SQLException {
    return count("SELECT COUNT(*) FROM users");
  }

  long statuses(String service, String status) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM user_service_statuses WHERE service = ? AND status = ?")) {
      s.setString(1, service);
      s.setString(2, status);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The task's stored status and saved cursor (last edX id of its last completed page). */
  record TaskRow(String status, long cursor) {}

  TaskRow task(UUID id) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT status, progress_cursor FROM tasks WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new TaskRow(r.getString(1), r.getLong(2)) : new TaskRow("NONE", 0);
      }
    }
  }

  /** Quartz's view of the cluster, for diagnostics: triggers, fired triggers, check-ins. */
  String quartzState() throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String sql :
        List.of(
            "SELECT trigger_group || '/' || trigger_name || ' ' || trigger_state || ' next in '"
                + " || (next_fire_time - extract(epoch from now()) * 1000)::bigint || ' ms'"
                + " FROM qrtz_triggers ORDER BY 1",
            "SELECT 'fired ' || job_group || '/' || job_name || ' ' || state || ' on ' || instance_name"
                + " FROM qrtz_fired_triggers ORDER BY 1",
            "SELECT 'node ' || instance_name || ' checked in '"
                + " || (extract(epoch from now()) * 1000 - last_checkin_time)::bigint || ' ms ago'"
                + " FROM qrtz_scheduler_state ORDER BY 1")) {
      try (PreparedStatement s = connection.prepareStatement(sql);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.append("\n    ").append(r.getString(1));
        }
      }
    }
    return out.toString();
  }

  /** edX ids of the users whose edX status is {@code to_delete}, in the order claims take them. */
  List<Long> dueEdxUsers() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT u.edx_user_id FROM users u JOIN user_service_statuses s ON s.user_id = u.id"
                    + " WHERE s.service = 'edx' AND s.status = 'to_delete'"
                    + " ORDER BY s.next_attempt_at NULLS FIRST, s.id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  /** edX user id to service to status, for every ledger user. */
  Map<Long, Map<String, String>> ledger() throws SQLException {
    Map<Long, Map<String, String>> ledger = new HashMap<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT u.edx_user_id, s.service, s.status FROM users u"
                    + " JOIN user_service_statuses s ON s.user_id = u.id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ledger
            .computeIfAbsent(r.getLong(1), id -> new HashMap<>())
            .put(r.getString(2), r.getString(3));
      }
    }
    return ledger;
  }

  /** Records that these users got their first reminder at {@code sentAt} (an earlier warn run). */
  void seedWarnings(List<Long> edxUserIds, Instant sentAt) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO warnings (edx_user_id, reminder, sent_at) VALUES (?, 1, ?)")) {
      for (long id : edxUserIds) {
        s.setLong(1, id);
        s.setTimestamp(2, Timestamp.from(sentAt));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}

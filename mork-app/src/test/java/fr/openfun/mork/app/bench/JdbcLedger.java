package fr.openfun.mork.app.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The baseline: the statements Mork's store sends for each API call, written by hand and run on a
 * HikariCP pool of the store's size, every column read, no JSON and no HTTP.
 */
final class JdbcLedger implements AutoCloseable {
  private static final String USER_COLUMNS =
      "id, username, edx_user_id, email, email_hash, reason, created_at, updated_at,"
          + " personal_data_minimized_at";
  private static final String STATUS_COLUMNS =
      "id, user_id, service, status, attempts, last_error, next_attempt_at, updated_at, version";

  private final HikariDataSource pool;

  JdbcLedger(String url, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(BenchLedger.USER);
    config.setMaximumPoolSize(poolSize);
    this.pool = new HikariDataSource(config);
  }

  /**
   * {@code GET /v1/users?service=&deletion_status=&limit=}: one page (as the store reads it since
   * V6), then its statuses.
   */
  int search(String service, String status, int limit) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + USER_COLUMNS.replaceAll("(^|, )", "$1u.")
                    + " FROM user_service_statuses s JOIN users u ON u.id = s.user_id"
                    + " WHERE s.service = ? AND s.status = ?"
                    + " ORDER BY s.user_created_at, s.user_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      ps.setString(1, service);
      ps.setString(2, status);
      ps.setInt(3, 0);
      ps.setInt(4, limit);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
          readUser(rs);
        }
      }
      return statuses(c, ids) > 0 ? ids.size() : 0;
    }
  }

  /** {@code GET /v1/users/{id}}. */
  boolean find(UUID id) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?")) {
      ps.setObject(1, id);
      boolean found = false;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          readUser(rs);
          found = true;
        }
      }
      return found && statuses(c, List.of(id)) > 0;
    }
  }

  /** {@code PATCH /v1/users/{id}/status/{service}}: lock, update, touch the user, audit, commit. */
  boolean patch(UUID id, String service, String to) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        long statusId;
        String from;
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + STATUS_COLUMNS
                    + " FROM user_service_statuses WHERE user_id = ? AND service = ? FOR UPDATE")) {
          ps.setObject(1, id);
          ps.setString(2, service);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              c.rollback();
              return false;
            }
            statusId = rs.getLong(1);
            from = rs.getString(4);
          }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE user_service_statuses SET status = ?, attempts = ?, last_error = ?,"
                    + " next_attempt_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
          ps.setString(1, to);
          ps.setInt(2, 0);
          ps.setString(3, null);
          ps.setObject(4, null);
          ps.setObject(5, now);
          ps.setLong(6, statusId);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE users SET updated_at = ? WHERE id = ?")) {
          ps.setObject(1, now);
          ps.setObject(2, id);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO audit_events (at, actor, action, user_id, service, from_status,"
                    + " to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setObject(1, now);
          ps.setString(2, "bench-jdbc");
          ps.setString(3, "status_updated");
          ps.setObject(4, id);
          ps.setString(5, service);
          ps.setString(6, from);
          ps.setString(7, to);
          ps.setString(8, "set to " + to);
          ps.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static int statuses(Connection c, List<UUID> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT " + STATUS_COLUMNS + " FROM user_service_statuses WHERE user_id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(") ORDER BY service");
    int rows = 0;
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setObject(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          for (int col = 1; col <= 9; col++) {
            rs.getObject(col);
          }
          rows++;
        }
      }
    }
    return rows;
  }

  private static void readUser(ResultSet rs) throws SQLException {
    for (int col = 1; col <= 9; col++) {
      rs.getObject(col);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}

package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the end-to-end test's edX database: counts, and rows still pointing at given users. */
final class EdxRows {
  private EdxRows() {}

  static long count(E2eServers servers, String sql) throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static void execute(E2eServers servers, String sql) throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Learner id to the id of the other user who set their standing. */
  static java.util.Map<Long, Long> standingsSetByOthers(E2eServers servers) throws SQLException {
    java.util.Map<Long, Long> standings = new java.util.HashMap<>();
    try (Connection c = servers.edx();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT user_id, changed_by_id FROM student_userstanding"
                    + " WHERE changed_by_id <> user_id")) {
      while (rows.next()) {
        standings.put(rows.getLong(1), rows.getLong(2));
      }
    }
    return standings;
  }

  /**
   * Rows of {@code auth_user} with these ids, plus rows of every table whose foreign key points at
   * {@code auth_user} and still names one of them (audit columns included).
   */
  static long referencing(E2eServers servers, List<Long> ids) throws SQLException {
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    long total = count(servers, "SELECT COUNT(*) FROM auth_user WHERE id IN (" + in + ")");
    for (String[] column : userColumns(servers)) {
      total +=
          count(
              servers,
              "SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " IN (" + in + ")");
    }
    return total;
  }

  private static List<String[]> userColumns(E2eServers servers) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (Connection c = servers.edx();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.key_column_usage"
                    + " WHERE table_schema = DATABASE() AND referenced_table_name = 'auth_user'")) {
      while (rows.next()) {
        columns.add(new String[] {rows.getString(1), rows.getString(2)});
      }
    }
    return columns;
  }
}

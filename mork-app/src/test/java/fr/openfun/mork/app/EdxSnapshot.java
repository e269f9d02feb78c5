package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every row of the end-to-end test's edX database, read at one instant, and the rows of one person:
 * their {@code auth_user} row, every row whose foreign key points at one of their rows (followed to
 * any depth), and the rows keyed by their email without a foreign key. Rows are rendered as text
 * ({@code table{col=value,...}}, every column), so two snapshots compare byte for byte.
 */
final class EdxSnapshot {
  private record ForeignKey(String table, String column, String parent, String parentColumn) {}

  private final Map<String, List<Map<String, String>>> tables;
  private final List<ForeignKey> keys;

  private EdxSnapshot(Map<String, List<Map<String, String>>> tables, List<ForeignKey> keys) {
    this.tables = tables;
    this.keys = keys;
  }

  static EdxSnapshot take(E2eServers servers) throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      List<ForeignKey> keys = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT table_name, column_name, referenced_table_name, referenced_column_name"
                  + " FROM information_schema.key_column_usage WHERE table_schema = DATABASE()"
                  + " AND referenced_table_name IS NOT NULL")) {
        while (r.next()) {
          keys.add(new ForeignKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
      List<String> names = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SHOW TABLES")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
      for (String table : names) {
        tables.put(table, rows(s, table));
      }
      return new EdxSnapshot(tables, keys);
    }
  }

  private static List<Map<String, String>> rows(Statement s, String table) throws SQLException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1")) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Every row of the database, rendered, sorted: equal snapshots mean nothing changed anywhere. */
  List<String> everything() {
    List<String> all = new ArrayList<>();
    tables.forEach((table, rows) -> rows.forEach(row -> all.add(render(table, row))));
    all.sort(null);
    return all;
  }

  /** This person's rows (see the class comment), rendered and sorted; empty if they are gone. */
  List<String> rowsOf(long edxUserId) {
    Map<String, String> user =
        tables.getOrDefault("auth_user", List.of()).stream()
            .filter(row -> String.valueOf(edxUserId).equals(row.get("id")))
            .findFirst()
            .orElse(null);
    if (user == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> found = new ArrayList<>();
    Deque<Map.Entry<String, Map<String, String>>> todo = new ArrayDeque<>();
    todo.add(Map.entry("auth_user", user));
    tables.forEach(
        (table, rows) -> {
          if (!table.equals("auth_user")) {
            rows.stream()
                .filter(row -> row.containsKey("email"))
                .filter(row -> user.get("email").equalsIgnoreCase(row.get("email")))
                .forEach(row -> todo.add(Map.entry(table, row)));
          }
        });
    while (!todo.isEmpty()) {
      var next = todo.poll();
      String rendered = render(next.getKey(), next.getValue());
      if (!seen.add(rendered)) {
        continue;
      }
      found.add(rendered);
      for (ForeignKey key : keys) {
        if (key.parent().equals(next.getKey())) {
          String value = next.getValue().get(key.parentColumn());
          tables.getOrDefault(key.table(), List.of()).stream()
              .filter(row -> value != null && value.equals(row.get(key.column())))
              .forEach(row -> todo.add(Map.entry(key.table(), row)));
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** Every non-null value of one column, e.g. every email of {@code auth_user}. */
  List<String> column(String table, String column) {
    return tables.getOrDefault(table, List.of()).stream()
        .map(row -> row.get(column))
        .filter(Objects::nonNull)
        .toList();
  }

  private static String render(String table, Map<String, String> row) {
    return table + row;
  }
}

package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every row of every table of the demo edX schema: an MD5 of all its columns (NULLs told apart),
 * keyed by primary key, with the user the row belongs to. Comparing two snapshots tells, for each
 * user, whether their rows are all byte-identical, all gone (or, for forum posts, anonymized), or
 * something in between.
 */
final class UserRowsSnapshot {
  /** Each table's owning user, through its parent for rows with no user column of their own. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("auth_user", "t.id"),
          Map.entry("auth_userprofile", "t.user_id"),
          Map.entry("user_api_userpreference", "t.user_id"),
          Map.entry("student_courseenrollment", "t.user_id"),
          Map.entry(
              "student_courseenrollmentattribute",
              "(SELECT e.user_id FROM student_courseenrollment e WHERE e.id = t.enrollment_id)"),
          Map.entry(
              "student_courseenrollmentallowed",
              "(SELECT MIN(u.id) FROM auth_user u WHERE u.email = t.email)"),
          Map.entry("student_userstanding", "t.user_id"),
          Map.entry("courseware_studentmodule", "t.student_id"),
          Map.entry(
              "courseware_studentmodulehistory",
              "(SELECT m.student_id FROM courseware_studentmodule m"
                  + " WHERE m.id = t.student_module_id)"),
          Map.entry("wiki_article", "t.owner_id"),
          Map.entry("wiki_articlerevision", "t.user_id"),
          Map.entry("forum_thread", "t.author_id"),
          Map.entry("forum_comment", "t.author_id"));

  record Row(Long owner, String hash) {}

  /** What became of the selected users, and what changed that should not have. */
  record Verdict(
      Set<Long> erased,
      Set<Long> present,
      List<String> halfErased,
      List<String> changedOutside,
      List<String> newRows,
      int anonymized) {}

  private final Map<String, Map<Long, Row>> tables;

  private UserRowsSnapshot(Map<String, Map<Long, Row>> tables) {
    this.tables = tables;
  }

  static UserRowsSnapshot take(Connection edx) throws SQLException {
    Set<String> schema = new TreeSet<>(columns(edx).keySet());
    if (!schema.equals(new TreeSet<>(OWNERS.keySet()))) {
      throw new IllegalStateException("the demo edX schema is now " + schema + ": update OWNERS");
    }
    Map<String, Map<Long, Row>> tables = new HashMap<>();
    for (Map.Entry<String, List<String>> table : columns(edx).entrySet()) {
      List<String> values =
          table.getValue().stream()
              .map(c -> "COALESCE(CAST(t.`" + c + "` AS CHAR), CHAR(0))")
              .toList();
      String sql =
          "SELECT t.id, "
              + OWNERS.get(table.getKey())
              + ", MD5(CONCAT_WS(CHAR(31), "
              + String.join(", ", values)
              + ")) FROM "
              + table.getKey()
              + " t";
      Map<Long, Row> rows = new HashMap<>();
      try (PreparedStatement s = edx.prepareStatement(sql);
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getLong(1), new Row(r.getObject(2, Long.class), r.getString(3)));
        }
      }
      tables.put(table.getKey(), rows);
    }
    return new UserRowsSnapshot(tables);
  }

  long rows() {
    return tables.values().stream().mapToLong(Map::size).sum();
  }

  /** Compares {@code after} with this snapshot for the users a delete run selected. */
  Verdict compare(UserRowsSnapshot after, Collection<Long> selectedIds) {
    Set<Long> selected = new HashSet<>(selectedIds);
    Map<Long, int[]> tally = new HashMap<>(); // rows, identical, gone-or-anonymized
    Set<Long> stillOwning = new HashSet<>();
    List<String> changedOutside = new ArrayList<>();
    List<String> newRows = new ArrayList<>();
    int anonymized = 0;
    for (Map.Entry<String, Map<Long, Row>> table : tables.entrySet()) {
      Map<Long, Row> later = after.tables.get(table.getKey());
      for (Map.Entry<Long, Row> row : table.getValue().entrySet()) {
        Row now = later.get(row.getKey());
        Long owner = row.getValue().owner();
        boolean identical = now != null && now.hash().equals(row.getValue().hash());
        if (owner == null || !selected.contains(owner)) {
          if (!identical) {
            changedOutside.add(table.getKey() + "#" + row.getKey());
          }
          continue;
        }
        int[] t = tally.computeIfAbsent(owner, o -> new int[3]);
        t[0]++;
        if (identical) {
          t[1]++;
        } else if (now == null || now.owner() == null) {
          t[2]++;
          anonymized += now == null ? 0 : 1;
        }
      }
      later.forEach(
          (id, row) -> {
            if (row.owner() != null && selected.contains(row.owner())) {
              stillOwning.add(row.owner());
            }
            if (!table.getValue().containsKey(id)) {
              newRows.add(table.getKey() + "#" + id);
            }
          });
    }
    Set<Long> erased = new TreeSet<>();
    Set<Long> present = new TreeSet<>();
    List<String> half = new ArrayList<>();
    tally.forEach(
        (user, t) -> {
          if (t[1] == t[0]) {
            present.add(user);
          } else if (t[2] == t[0] && !stillOwning.contains(user)) {
            erased.add(user);
          } else {
            half.add(user + ": " + t[1] + " of " + t[0] + " rows intact, " + t[2] + " erased");
          }
        });
    return new Verdict(erased, present, half, changedOutside, newRows, anonymized);
  }

  private static Map<String, List<String>> columns(Connection edx) throws SQLException {
    Map<String, List<String>> columns = new HashMap<>();
    try (PreparedStatement s =
            edx.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        columns.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
      }
    }
    return columns;
  }
}

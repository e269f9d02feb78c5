package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeds, for one owner, a row in every table of the plan: foreign keys to {@code auth_user} and
 * rule columns point at the owner, other foreign keys at the owner's row of the parent table
 * (created first), so every table referencing users directly and all their children hold rows of
 * the owner. Protected tables are seeded only when asked. Works on any MySQL-family schema.
 */
final class UserRowsSeeder {
  record Col(String name, String dataType, String columnType, boolean nullable, long maxLength) {}

  record Fk(String column, String refTable, String refColumn) {}

  private final Connection c;
  private final DeletionPlan plan;
  private final Map<String, List<Col>> columns = new LinkedHashMap<>();
  private final Map<String, List<Fk>> fks = new HashMap<>();
  private final Set<String> protectedTables;
  private long counter = 100_000;

  /** Generated ids and values start here (another seeder already used the default range). */
  UserRowsSeeder startingAt(long first) {
    counter = first;
    return this;
  }

  UserRowsSeeder(Connection c, DeletionPlan plan) throws SQLException {
    this.c = c;
    this.plan = plan;
    this.protectedTables = new HashSet<>(plan.protectingTables());
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "SELECT table_name, column_name, data_type, column_type, is_nullable,"
                    + " coalesce(character_maximum_length, 0) FROM information_schema.columns"
                    + " WHERE table_schema = database() ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        columns
            .computeIfAbsent(rs.getString(1).toLowerCase(), k -> new ArrayList<>())
            .add(
                new Col(
                    rs.getString(2).toLowerCase(),
                    rs.getString(3).toLowerCase(),
                    rs.getString(4).toLowerCase(),
                    "YES".equals(rs.getString(5)),
                    rs.getLong(6)));
      }
    }
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "SELECT table_name, column_name, referenced_table_name, referenced_column_name"
                    + " FROM information_schema.key_column_usage WHERE table_schema = database()"
                    + " AND referenced_table_name IS NOT NULL")) {
      while (rs.next()) {
        fks.computeIfAbsent(rs.getString(1).toLowerCase(), k -> new ArrayList<>())
            .add(
                new Fk(
                    rs.getString(2).toLowerCase(),
                    rs.getString(3).toLowerCase(),
                    rs.getString(4).toLowerCase()));
      }
    }
  }

  /** The rows seeded for one owner: table → column values of its row. */
  final class Owner {
    final long userId;
    final boolean seedProtected;
    final Owner fallback;
    final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final List<Object[]> deferred = new ArrayList<>();

    Owner(long userId, boolean seedProtected, Owner fallback) throws SQLException {
      this.userId = userId;
      this.seedProtected = seedProtected;
      this.fallback = fallback;
      Map<String, Object> user = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM auth_user WHERE id = ?")) {
        ps.setLong(1, userId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          for (Col col : columns.get("auth_user")) {
            user.put(col.name(), rs.getObject(col.name()));
          }
        }
      }
      rows.put("auth_user", user);
    }

    /** Seeds every table of the plan (and their parents) for this owner. */
    Owner seedAll() throws SQLException {
      for (PlanStep s : plan.steps()) {
        if (s.action() != PlanAction.IGNORE) {
          ensure(s.table());
        }
      }
      // nullable foreign keys to other tables are filled last, so cycles need no special case
      for (Object[] d : deferred) {
        String table = (String) d[0];
        Fk fk = (Fk) d[1];
        Object value = ensure(fk.refTable()).get(fk.refColumn());
        Object id = rows.get(table).get("id");
        if (id != null && value != null && !fk.refTable().equals(table)) {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE `" + table + "` SET `" + fk.column() + "` = ? WHERE id = ?")) {
            ps.setObject(1, value);
            ps.setObject(2, id);
            ps.executeUpdate();
          }
          rows.get(table).put(fk.column(), value);
        }
      }
      deferred.clear();
      return this;
    }

    Map<String, Object> ensure(String table) throws SQLException {
      if (rows.containsKey(table)) {
        return rows.get(table);
      }
      if (protectedTables.contains(table) && !seedProtected) {
        return fallback.ensure(table);
      }
      inProgress.add(table);
      Map<String, Object> values = new LinkedHashMap<>();
      for (Col col : columns.get(table)) {
        Object v = valueFor(table, col);
        if (v != null) {
          values.put(col.name(), v);
        }
      }
      insert(table, values);
      inProgress.remove(table);
      rows.put(table, values);
      return values;
    }

    private Object valueFor(String table, Col col) throws SQLException {
      for (Fk fk : fks.getOrDefault(table, List.of())) {
        if (fk.column().equals(col.name())) {
          if (fk.refTable().equals(table) || inProgress.contains(fk.refTable())) {
            if (!col.nullable()) {
              throw new IllegalStateException("NOT NULL cycle at " + table + "." + col.name());
            }
            return null;
          }
          if (col.nullable() && !fk.refTable().equals("auth_user")) {
            deferred.add(new Object[] {table, fk});
            return null;
          }
          return ensure(fk.refTable()).get(fk.refColumn());
        }
      }
      for (PlanStep s : plan.steps()) {
        if (!s.foreignKey() && s.table().equals(table) && s.column().equals(col.name())) {
          return ensure(s.parentTable()).get(s.parentColumn());
        }
      }
      return col.nullable() ? null : dummy(col);
    }
  }

  /**
   * Inserts one row of {@code table} with the {@code given} values, every other NOT NULL column
   * filled with a dummy value (id columns left to AUTO_INCREMENT); answers the generated id.
   */
  long row(String table, Map<String, Object> given) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>(given);
    for (Col col : columns.get(table)) {
      if (!values.containsKey(col.name()) && !col.nullable() && !col.name().equals("id")) {
        values.put(col.name(), dummy(col));
      }
    }
    String cols = String.join(", ", values.keySet().stream().map(k -> "`" + k + "`").toList());
    String marks = String.join(", ", values.keySet().stream().map(k -> "?").toList());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO `" + table + "` (" + cols + ") VALUES (" + marks + ")",
            java.sql.Statement.RETURN_GENERATED_KEYS)) {
      int i = 1;
      for (Object v : values.values()) {
        ps.setObject(i++, v);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }

  Owner owner(long userId, boolean seedProtected, Owner fallback) throws SQLException {
    return new Owner(userId, seedProtected, fallback);
  }

  private Object dummy(Col col) {
    long n = counter++;
    String t = col.dataType();
    if (t.equals("tinyint") || t.equals("bit") || t.equals("boolean")) {
      return 1;
    }
    if (t.contains("int") || t.equals("year")) {
      return t.equals("smallint") ? n % 30_000 : t.equals("year") ? 2020 : n;
    }
    if (t.equals("decimal") || t.equals("double") || t.equals("float")) {
      return 1;
    }
    if (t.equals("datetime") || t.equals("timestamp")) {
      return "2020-01-01 00:00:00";
    }
    if (t.equals("date")) {
      return "2020-01-01";
    }
    if (t.equals("time")) {
      return "00:00:00";
    }
    if (t.equals("enum")) {
      String type = col.columnType();
      return type.substring(type.indexOf('\'') + 1, type.indexOf('\'', type.indexOf('\'') + 1));
    }
    String s = "v" + n;
    if (col.maxLength() > 0 && s.length() > col.maxLength()) {
      s = s.substring(s.length() - (int) col.maxLength());
    }
    return s;
  }

  private void insert(String table, Map<String, Object> values) throws SQLException {
    String cols = String.join(", ", values.keySet().stream().map(k -> "`" + k + "`").toList());
    String marks = String.join(", ", values.keySet().stream().map(k -> "?").toList());
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO `" + table + "` (" + cols + ") VALUES (" + marks + ")")) {
      int i = 1;
      for (Object v : values.values()) {
        ps.setObject(i++, v);
      }
      ps.executeUpdate();
    }
  }
}

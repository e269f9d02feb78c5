package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One level of the key collection as a UNION ALL: one branch per delete step (and chunk of parent
 * keys) into the level's tables, each table in its own slot of columns (the other slots NULL, so
 * that every value keeps its column's type), then the probe branches of write steps (their number
 * and NULLs). {@code lead} NULL columns between the branch number and the slots let the level ride
 * in another query's union, whose own columns come first (the protection query's).
 */
final class LevelQuery {
  private final RawSql sql;
  private final String lead;
  private final int shift;
  private final Map<String, List<String>> needed = new LinkedHashMap<>();
  private final Map<String, Integer> offset = new HashMap<>();
  private final List<PlanStep> branches = new ArrayList<>();
  private final List<Object> binds = new ArrayList<>();
  private final StringBuilder union = new StringBuilder();
  private final int width;
  private int collecting;

  /** {@code needed}: the columns to read of each of the level's tables, in slot order. */
  LevelQuery(RawSql sql, Map<String, List<String>> needed, int lead) {
    this.sql = sql;
    this.lead = ", NULL".repeat(lead);
    this.shift = lead;
    int w = 1;
    for (Map.Entry<String, List<String>> e : needed.entrySet()) {
      this.needed.put(e.getKey(), e.getValue());
      offset.put(e.getKey(), w);
      w += width(e.getValue());
    }
    this.width = w;
  }

  /** Adds the branches reading the keys of the rows {@code s} deletes; before any probe. */
  void collect(PlanStep s, Set<List<Object>> parentKeys) {
    List<String> columns = needed.get(s.table());
    int from = offset.get(s.table());
    int to = from + width(columns);
    for (List<List<Object>> chunk : Keys.chunks(parentKeys)) {
      union.append(union.isEmpty() ? "" : " UNION ALL ").append("SELECT DISTINCT ");
      union.append(branches.size()).append(lead);
      for (int i = 1; i < width; i++) {
        union.append(", ");
        if (i == from) {
          union.append(names(columns));
          i = to - 1;
        } else {
          union.append("NULL");
        }
      }
      union.append(" FROM ").append(sql.q(s.table())).append(" WHERE ");
      sql.in(union, s.column(), chunk, binds);
      branches.add(s);
      collecting = branches.size();
    }
  }

  /** Adds the branches asking whether {@code s} has rows to write. */
  void probe(PlanStep s, Set<List<Object>> parentKeys) {
    for (List<List<Object>> chunk : Keys.chunks(parentKeys)) {
      union.append(" UNION ALL ");
      StepProbe.branch(sql, union, branches.size(), lead + padding(), s, chunk, binds);
      branches.add(s);
    }
  }

  boolean isEmpty() {
    return branches.isEmpty();
  }

  int size() {
    return branches.size();
  }

  String sql() {
    return union.toString();
  }

  List<Object> binds() {
    return binds;
  }

  /** Columns of a row: the branch number, the lead, the slots. */
  int columns() {
    return width + shift;
  }

  /** The NULLs a branch of the enclosing query puts in the place of the slots. */
  String padding() {
    return ", NULL".repeat(width - 1);
  }

  PlanStep step(int n) {
    return branches.get(n);
  }

  /** Hands the keys of a row of branch {@code n} (a collecting one) to {@code into}, by slot. */
  void read(int n, Object[] row, BiConsumer<String, List<Object>> into) {
    if (n >= collecting) {
      return;
    }
    String table = branches.get(n).table();
    int from = offset.get(table) + shift;
    for (String c : needed.get(table)) {
      int w = c.split(",").length;
      List<Object> key = Keys.key(row, from, w);
      if (!key.isEmpty()) {
        into.accept(c, key);
      }
      from += w;
    }
  }

  private String names(List<String> columns) {
    List<String> names = new ArrayList<>();
    columns.forEach(c -> Arrays.stream(c.split(",")).forEach(p -> names.add(sql.q(p))));
    return String.join(", ", names);
  }

  private static int width(List<String> columns) {
    return columns.stream().mapToInt(c -> c.split(",").length).sum();
  }
}

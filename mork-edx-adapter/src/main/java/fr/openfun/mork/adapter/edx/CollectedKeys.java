package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of the rows a plan reaches from a set of users, collected parents first, and what is
 * known of each step: whether it was settled (collected or probed) and whether it has rows. A step
 * settled without rows costs no statement afterwards.
 */
final class CollectedKeys {
  private final DeletionPlan plan;
  private final RawSql sql;
  private final Map<String, Set<List<Object>>> keys = new HashMap<>();
  private final Set<PlanStep> settled = new HashSet<>();
  private final Set<PlanStep> withRows = new HashSet<>();

  CollectedKeys(DeletionPlan plan, RawSql sql) {
    this.plan = plan;
    this.sql = sql;
  }

  /** Records a probe: {@code probed} are settled, {@code found} of them may have rows. */
  void probed(Collection<PlanStep> probed, Set<PlanStep> found) {
    settled.addAll(probed);
    withRows.addAll(found);
  }

  boolean settled(PlanStep s) {
    return settled.contains(s);
  }

  boolean hasRows(PlanStep s) {
    return withRows.contains(s);
  }

  /**
   * Collects the keys reachable from these users, whose {@code auth_user} values were already read
   * (locked) with the batch: level by level (a table is ready once the tables its delete steps hang
   * from are collected), one query per level. The query is a UNION ALL of one branch per delete
   * step (and chunk of parent keys) into a ready table; each table has its own slot of columns in
   * the union, the other slots NULL, so every value keeps its column's type.
   */
  void collect(Collection<Long> userIds, LockedUsers locked) {
    for (String columns : neededColumns(EdgeCollector.ROOT)) {
      keys.put(slot(EdgeCollector.ROOT, columns), locked.keys(userIds, columns));
    }
    List<PlanStep> deletes =
        plan.steps().stream().filter(s -> s.action() == PlanAction.DELETE).toList();
    List<String> pending = new ArrayList<>();
    for (int i = deletes.size() - 1; i >= 0; i--) {
      String table = deletes.get(i).table();
      if (!pending.contains(table) && !neededColumns(table).isEmpty()) {
        pending.add(table);
      }
    }
    Set<String> done = new HashSet<>();
    while (!pending.isEmpty()) {
      List<String> level = new ArrayList<>();
      for (String table : pending) {
        boolean ready =
            deletes.stream()
                .filter(s -> s.table().equals(table))
                .allMatch(
                    s -> !pending.contains(s.parentTable()) || done.contains(s.parentTable()));
        if (ready) {
          level.add(table);
        }
      }
      if (level.isEmpty()) {
        level.add(pending.get(0)); // a cycle of deleted tables: one at a time, parents first
      }
      collectLevel(level, deletes, done);
      pending.removeAll(level);
      done.addAll(level);
    }
  }

  /**
   * One level's query; it also probes the write steps hanging from tables collected before ({@code
   * done}) that no level collects, so that they need no probe of their own afterwards.
   */
  private void collectLevel(List<String> level, List<PlanStep> deletes, Set<String> done) {
    Map<String, List<String>> needed = new HashMap<>();
    Map<String, Integer> offset = new HashMap<>();
    int width = 1;
    for (String table : level) {
      List<String> columns = List.copyOf(neededColumns(table));
      needed.put(table, columns);
      offset.put(table, width);
      width += width(columns);
      columns.forEach(c -> keys.computeIfAbsent(slot(table, c), k -> new HashSet<>()));
    }
    List<PlanStep> branches = new ArrayList<>();
    List<Object> binds = new ArrayList<>();
    StringBuilder union = new StringBuilder();
    for (String table : level) {
      for (PlanStep s : deletes) {
        if (!s.table().equals(table) || (settled.contains(s) && !withRows.contains(s))) {
          continue;
        }
        settled.add(s);
        for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
          union.append(union.isEmpty() ? "" : " UNION ALL ").append("SELECT DISTINCT ");
          union.append(branches.size());
          int from = offset.get(table);
          int to = from + width(needed.get(table));
          for (int i = 1; i < width; i++) {
            union.append(", ");
            if (i == from) {
              union.append(columns(needed.get(table)));
              i = to - 1;
            } else {
              union.append("NULL");
            }
          }
          union.append(" FROM ").append(sql.q(table)).append(" WHERE ");
          sql.in(union, s.column(), chunk, binds);
          branches.add(s);
        }
      }
    }
    if (branches.isEmpty()) {
      return;
    }
    int collecting = branches.size();
    String nulls = ", NULL".repeat(width - 1);
    for (PlanStep s : plan.steps()) {
      if (done.contains(s.parentTable()) && !settled.contains(s) && !collected(s)) {
        settled.add(s);
        for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
          union.append(" UNION ALL ");
          StepProbe.branch(sql, union, branches.size(), nulls, s, chunk, binds);
          branches.add(s);
        }
      }
    }
    for (Object[] row : sql.select(union.toString(), binds, width)) {
      int n = ((Number) row[0]).intValue();
      PlanStep s = branches.get(n);
      withRows.add(s);
      if (n >= collecting) {
        continue;
      }
      int from = offset.get(s.table());
      for (String c : needed.get(s.table())) {
        int w = c.split(",").length;
        List<Object> key = Keys.key(row, from, w);
        if (!key.isEmpty()) {
          keys.get(slot(s.table(), c)).add(key);
        }
        from += w;
      }
    }
  }

  /** Collected by a level (a delete step into a table with children), or never written. */
  private boolean collected(PlanStep s) {
    return s.action() == PlanAction.IGNORE
        || s.action() == PlanAction.PROTECT
        || (s.action() == PlanAction.DELETE && !neededColumns(s.table()).isEmpty());
  }

  private String columns(List<String> needed) {
    List<String> names = new ArrayList<>();
    needed.forEach(c -> Arrays.stream(c.split(",")).forEach(p -> names.add(sql.q(p))));
    return String.join(", ", names);
  }

  private static int width(List<String> needed) {
    return needed.stream().mapToInt(c -> c.split(",").length).sum();
  }

  private Set<String> neededColumns(String table) {
    Set<String> needed = new LinkedHashSet<>();
    plan.steps().stream()
        .filter(s -> s.parentTable().equals(table) && s.action() != PlanAction.IGNORE)
        .forEach(s -> needed.add(s.parentColumn()));
    return needed;
  }

  Set<List<Object>> parentKeys(PlanStep s) {
    return keys.getOrDefault(slot(s.parentTable(), s.parentColumn()), Set.of());
  }

  private static String slot(String table, String columns) {
    return table + "|" + columns;
  }
}

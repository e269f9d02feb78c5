package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Runs the plan for a set of users inside the caller's transaction. First it collects, parents
 * first, the keys of every row that will be deleted (so children are found before their parents go,
 * and MySQL never selects from the table it deletes from); then it applies the updates and the
 * deletions children first, in chunks of key values. Foreign-key checks stay on throughout.
 */
final class PlanRun {
  private final DSLContext tx;
  private final DeletionPlan plan;
  private final Map<String, Set<List<Object>>> keys = new HashMap<>();

  PlanRun(DSLContext tx, DeletionPlan plan) {
    this.tx = tx;
    this.plan = plan;
  }

  /** Collects the keys reachable from these users, reading (not locking) their rows first. */
  void collect(Collection<Long> userIds) {
    collect(userIds, LockedUsers.read(tx, plan, userIds, false));
  }

  /**
   * Collects the keys reachable from these users, whose {@code auth_user} values were already read
   * (locked) with the batch: one query per delete step into a parent table, all its needed columns
   * at once.
   */
  void collect(Collection<Long> userIds, LockedUsers locked) {
    for (String columns : neededColumns(EdgeCollector.ROOT)) {
      keys.put(slot(EdgeCollector.ROOT, columns), locked.keys(userIds, columns));
    }
    List<String> order = new ArrayList<>();
    List<PlanStep> deletes = steps(PlanAction.DELETE);
    for (int i = deletes.size() - 1; i >= 0; i--) {
      if (!order.contains(deletes.get(i).table())) {
        order.add(deletes.get(i).table());
      }
    }
    for (String table : order) {
      List<String> needed = List.copyOf(neededColumns(table));
      if (needed.isEmpty()) {
        continue;
      }
      List<Field<Object>> fields = new ArrayList<>();
      needed.forEach(c -> fields.addAll(Keys.fields(c)));
      needed.forEach(c -> keys.computeIfAbsent(slot(table, c), k -> new HashSet<>()));
      for (PlanStep s : deletes) {
        if (s.table().equals(table)) {
          for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
            for (Record r :
                tx.selectDistinct(fields)
                    .from(Keys.table(table))
                    .where(Keys.in(s.column(), chunk))
                    .fetch()) {
              int from = 0;
              for (String c : needed) {
                int width = c.split(",").length;
                List<Object> key = Keys.key(r, from, width);
                if (!key.isEmpty()) {
                  keys.get(slot(table, c)).add(key);
                }
                from += width;
              }
            }
          }
        }
      }
    }
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

  List<PlanStep> steps(PlanAction action) {
    return plan.steps().stream().filter(s -> s.action() == action).toList();
  }

  /** Protect steps rooted at auth_user on one column: checked before collecting, in one query. */
  static boolean checkedUpFront(PlanStep s) {
    return s.action() == PlanAction.PROTECT
        && s.parentTable().equals(EdgeCollector.ROOT)
        && !s.column().contains(",");
  }

  /**
   * The tables of protect steps with rows for the collected users ({@link #checkedUpFront} too?).
   */
  List<String> protectingTables(boolean upFrontToo) {
    Set<String> tables = new LinkedHashSet<>();
    for (PlanStep s : steps(PlanAction.PROTECT)) {
      if (!upFrontToo && checkedUpFront(s)) {
        continue;
      }
      for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
        if (tx.fetchExists(Keys.table(s.table()), Keys.in(s.column(), chunk))) {
          tables.add(s.table());
        }
      }
    }
    return List.copyOf(tables);
  }

  /** Applies updates, then deletions, then removes the users; rows touched per table. */
  Map<String, Long> execute(Collection<Long> userIds) {
    Map<String, Long> counts = new TreeMap<>();
    PlanWrites writes = new PlanWrites(tx, counts);
    for (PlanStep s : plan.steps()) {
      if (s.action() == PlanAction.SET_NULL || s.action() == PlanAction.ANONYMIZE) {
        writes.update(s, parentKeys(s));
      }
    }
    for (PlanStep s : steps(PlanAction.DELETE)) {
      writes.delete(s.table(), s.column(), parentKeys(s));
    }
    writes.delete(
        EdgeCollector.ROOT, "id", userIds.stream().map(id -> List.<Object>of(id)).toList());
    writes.flush();
    counts.values().removeIf(n -> n == 0);
    return counts;
  }
}

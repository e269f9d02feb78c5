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
   * (locked) with the batch: one query per delete step into a parent table, all its needed columns
   * at once.
   */
  void collect(Collection<Long> userIds, LockedUsers locked) {
    for (String columns : neededColumns(EdgeCollector.ROOT)) {
      keys.put(slot(EdgeCollector.ROOT, columns), locked.keys(userIds, columns));
    }
    List<String> order = new ArrayList<>();
    List<PlanStep> deletes =
        plan.steps().stream().filter(s -> s.action() == PlanAction.DELETE).toList();
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
      String select = "SELECT DISTINCT " + columns(needed) + " FROM " + sql.q(table) + " WHERE ";
      needed.forEach(c -> keys.computeIfAbsent(slot(table, c), k -> new HashSet<>()));
      for (PlanStep s : deletes) {
        if (s.table().equals(table) && !(settled.contains(s) && !withRows.contains(s))) {
          settled.add(s);
          for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
            StringBuilder q = new StringBuilder(select);
            List<Object> binds = new ArrayList<>();
            sql.in(q, s.column(), chunk, binds);
            for (Object[] row : sql.select(q.toString(), binds, width(needed))) {
              withRows.add(s);
              int from = 0;
              for (String c : needed) {
                int width = c.split(",").length;
                List<Object> key = Keys.key(row, from, width);
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

package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

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
import org.jooq.impl.DSL;

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

  /** Collects the keys reachable from these users' {@code auth_user} rows. */
  void collect(Collection<Long> userIds) {
    List<String> order = new ArrayList<>();
    order.add(EdgeCollector.ROOT);
    List<PlanStep> deletes = steps(PlanAction.DELETE);
    for (int i = deletes.size() - 1; i >= 0; i--) {
      if (!order.contains(deletes.get(i).table())) {
        order.add(deletes.get(i).table());
      }
    }
    List<List<Object>> ids = userIds.stream().map(id -> List.<Object>of(id)).toList();
    for (String table : order) {
      for (String columns : neededColumns(table)) {
        Set<List<Object>> found = keys.computeIfAbsent(slot(table, columns), k -> new HashSet<>());
        if (table.equals(EdgeCollector.ROOT)) {
          fetchInto(found, table, columns, "id", ids);
        } else {
          for (PlanStep s : deletes) {
            if (s.table().equals(table)) {
              fetchInto(found, table, columns, s.column(), parentKeys(s));
            }
          }
        }
      }
    }
  }

  private void fetchInto(
      Set<List<Object>> found,
      String table,
      String columns,
      String by,
      Collection<List<Object>> values) {
    List<Field<Object>> fields = Keys.fields(columns);
    for (List<List<Object>> chunk : Keys.chunks(values)) {
      for (Record r :
          tx.selectDistinct(fields).from(Keys.table(table)).where(Keys.in(by, chunk)).fetch()) {
        List<Object> key = Keys.key(r, 0, fields.size());
        if (!key.isEmpty()) {
          found.add(key);
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

  /** The tables of protect steps that have rows for the collected users. */
  List<String> protectingTables() {
    Set<String> tables = new LinkedHashSet<>();
    for (PlanStep s : steps(PlanAction.PROTECT)) {
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
    for (PlanStep s : plan.steps()) {
      if (s.action() == PlanAction.SET_NULL || s.action() == PlanAction.ANONYMIZE) {
        for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
          int n =
              tx.update(Keys.table(s.table()))
                  .set(assignments(s))
                  .where(Keys.in(s.column(), chunk))
                  .execute();
          counts.merge(s.table(), (long) n, Long::sum);
        }
      }
    }
    for (PlanStep s : steps(PlanAction.DELETE)) {
      for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
        int n = tx.deleteFrom(Keys.table(s.table())).where(Keys.in(s.column(), chunk)).execute();
        counts.merge(s.table(), (long) n, Long::sum);
      }
    }
    for (List<Long> chunk : Keys.chunks(userIds)) {
      int n = tx.deleteFrom(AuthUser.TABLE).where(AuthUser.ID.in(chunk)).execute();
      counts.merge(EdgeCollector.ROOT, (long) n, Long::sum);
    }
    counts.values().removeIf(n -> n == 0);
    return counts;
  }

  private static Map<Field<Object>, Object> assignments(PlanStep s) {
    Map<Field<Object>, Object> set = new HashMap<>();
    if (s.action() == PlanAction.SET_NULL) {
      Keys.fields(s.column()).forEach(f -> set.put(f, DSL.inline((Object) null)));
    } else {
      s.anonymizeWith()
          .forEach(
              (c, v) ->
                  set.put(
                      field(name(c)), v.<Object>map(DSL::val).orElse(DSL.inline((Object) null))));
    }
    return set;
  }
}

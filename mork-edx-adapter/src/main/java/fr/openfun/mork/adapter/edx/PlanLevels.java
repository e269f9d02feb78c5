package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the key collection needs from the plan alone, computed once per run: the columns each
 * table's children hang from, the delete steps, and the levels (the tables to collect, each level
 * after the levels holding its parents).
 */
final class PlanLevels {
  private final DeletionPlan plan;
  private final Map<String, Set<String>> needed = new HashMap<>();
  private List<List<String>> levels;
  private List<PlanStep> deletes;

  PlanLevels(DeletionPlan plan) {
    this.plan = plan;
  }

  /** The tables to collect, level by level: each level's parents are in the levels before. */
  List<List<String>> all() {
    if (levels != null) {
      return levels;
    }
    List<PlanStep> deletes = deletes();
    List<String> pending = new ArrayList<>();
    for (int i = deletes.size() - 1; i >= 0; i--) {
      String table = deletes.get(i).table();
      if (!pending.contains(table) && !needed(table).isEmpty()) {
        pending.add(table);
      }
    }
    List<List<String>> all = new ArrayList<>();
    while (!pending.isEmpty()) {
      List<String> level = new ArrayList<>();
      for (String table : pending) {
        if (deletes.stream()
            .filter(s -> s.table().equals(table))
            .allMatch(s -> !pending.contains(s.parentTable()))) {
          level.add(table);
        }
      }
      if (level.isEmpty()) {
        level.add(pending.get(0)); // a cycle of deleted tables: one at a time, parents first
      }
      pending.removeAll(level);
      all.add(List.copyOf(level));
    }
    levels = List.copyOf(all);
    return levels;
  }

  List<PlanStep> deletes() {
    if (deletes == null) {
      deletes = plan.steps().stream().filter(s -> s.action() == PlanAction.DELETE).toList();
    }
    return deletes;
  }

  /** The columns of {@code table} that some step hangs from, read from the plan once. */
  Set<String> needed(String table) {
    if (needed.isEmpty()) {
      for (PlanStep s : plan.steps()) {
        if (s.action() != PlanAction.IGNORE) {
          needed.computeIfAbsent(s.parentTable(), t -> new LinkedHashSet<>()).add(s.parentColumn());
        }
      }
    }
    return needed.getOrDefault(table, Set.of());
  }
}

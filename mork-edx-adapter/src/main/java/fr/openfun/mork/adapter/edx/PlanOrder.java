package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders the tables so parents come before children along delete edges, after breaking cycles: a
 * self-reference or a cycle is broken by setting one of its nullable columns to null; a cycle of
 * NOT NULL columns cannot be erased and is refused with a message naming it.
 */
final class PlanOrder {
  private PlanOrder() {}

  /** The edges with cycles broken, and the tables parents-first. */
  record Ordered(List<PlanEdge> edges, List<String> tables) {}

  static Ordered order(List<PlanEdge> input) {
    List<PlanEdge> edges = new ArrayList<>();
    for (PlanEdge e : input) {
      edges.add(
          e.action() == PlanAction.DELETE && e.table().equals(e.parentTable())
              ? breakCycle(e, List.of(e.table()))
              : e);
    }
    while (true) {
      Optional<List<String>> cycle = Cycles.find(deleteGraph(edges));
      if (cycle.isEmpty()) {
        break;
      }
      Set<String> members = new TreeSet<>(cycle.get());
      PlanEdge victim =
          edges.stream()
              .filter(e -> e.action() == PlanAction.DELETE)
              .filter(e -> members.contains(e.table()) && members.contains(e.parentTable()))
              .filter(PlanEdge::nullable)
              .min(Comparator.comparing(PlanEdge::edge))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "cannot order the erasure: cycle of NOT NULL foreign keys between "
                              + String.join(" -> ", cycle.get())
                              + "; configure set_null, anonymize or ignore on one of its columns"));
      edges.set(edges.indexOf(victim), breakCycle(victim, cycle.get()));
    }
    return new Ordered(edges, topological(edges));
  }

  private static PlanEdge breakCycle(PlanEdge e, List<String> cycle) {
    if (!e.nullable()) {
      throw new IllegalStateException(
          "cannot order the erasure: NOT NULL self-reference "
              + e.edge()
              + "; configure set_null, anonymize or ignore for it");
    }
    return e.with(PlanAction.SET_NULL, "cycle break: " + String.join(" <-> ", cycle));
  }

  private static Map<String, Set<String>> deleteGraph(List<PlanEdge> edges) {
    Map<String, Set<String>> children = new TreeMap<>();
    for (PlanEdge e : edges) {
      children.computeIfAbsent(e.parentTable(), k -> new TreeSet<>());
      children.computeIfAbsent(e.table(), k -> new TreeSet<>());
      if (e.action() == PlanAction.DELETE) {
        children.get(e.parentTable()).add(e.table());
      }
    }
    return children;
  }

  private static List<String> topological(List<PlanEdge> edges) {
    Map<String, Set<String>> children = deleteGraph(edges);
    Map<String, Integer> parents = new HashMap<>();
    children.keySet().forEach(t -> parents.put(t, 0));
    children.values().forEach(cs -> cs.forEach(c -> parents.merge(c, 1, Integer::sum)));
    TreeSet<String> ready = new TreeSet<>();
    parents.forEach(
        (t, n) -> {
          if (n == 0) {
            ready.add(t);
          }
        });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String t = ready.pollFirst();
      order.add(t);
      for (String c : children.get(t)) {
        if (parents.merge(c, -1, Integer::sum) == 0) {
          ready.add(c);
        }
      }
    }
    return order;
  }
}

package fr.openfun.mork.adapter.edx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds one cycle in a directed graph (depth-first, deterministic for sorted inputs). */
final class Cycles {
  private Cycles() {}

  static Optional<List<String>> find(Map<String, Set<String>> children) {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
    for (String start : children.keySet()) {
      List<String> path = new ArrayList<>();
      Optional<List<String>> cycle = visit(start, children, state, path);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      String node,
      Map<String, Set<String>> children,
      Map<String, Integer> state,
      List<String> path) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return Optional.empty();
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      return Optional.of(cycle);
    }
    state.put(node, 1);
    path.add(node);
    for (String child : children.getOrDefault(node, Set.of())) {
      Optional<List<String>> cycle = visit(child, children, state, path);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
    return Optional.empty();
  }
}

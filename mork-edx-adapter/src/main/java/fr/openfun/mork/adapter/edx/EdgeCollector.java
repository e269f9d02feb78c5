package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.adapter.edx.SchemaModel.Column;
import fr.openfun.mork.adapter.edx.SchemaModel.ForeignKey;
import fr.openfun.mork.domain.model.PlanAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every edge reachable from {@code auth_user} (foreign keys and rule edges) and decides its
 * action: configured rule, else the defaults (forum tables anonymize, nullable audit columns set
 * null, everything else deletes). Unpoliced user-looking columns are collected on the side.
 */
final class EdgeCollector {
  static final String ROOT = "auth_user";
  private static final Pattern USER_ID = Pattern.compile("(user_id|student_id|.*_user_id)");
  private static final Pattern USER_TEXT = Pattern.compile("(email|username|.*_email|.*_username)");

  private final SchemaModel schema;
  private final ErasureRules rules;
  final List<String> unpoliced = new ArrayList<>();

  EdgeCollector(SchemaModel schema, ErasureRules rules) {
    this.schema = schema;
    this.rules = rules;
  }

  List<PlanEdge> collect() {
    Set<String> fkColumns = new HashSet<>();
    List<PlanEdge> candidates = new ArrayList<>();
    for (ForeignKey fk : schema.foreignKeys()) {
      boolean nullable =
          fk.columns().stream()
              .allMatch(c -> schema.column(fk.table(), c).map(Column::nullable).orElse(false));
      fk.columns().forEach(c -> fkColumns.add(fk.table() + "." + c));
      candidates.add(
          new PlanEdge(
              fk.table(),
              String.join(",", fk.columns()),
              fk.refTable(),
              String.join(",", fk.refColumns()),
              nullable,
              true,
              PlanAction.DELETE,
              "",
              Map.of()));
    }
    for (Map<String, Column> columns : schema.tables().values()) {
      for (Column c : columns.values()) {
        if (!c.table().equals(ROOT) && !fkColumns.contains(c.table() + "." + c.name())) {
          ruleEdge(c).ifPresent(candidates::add);
        }
      }
    }
    Set<String> reachable = reachable(candidates);
    List<PlanEdge> decided = new ArrayList<>();
    for (PlanEdge e : candidates) {
      if (reachable.contains(e.parentTable())) {
        decided.add(EdgeActions.decide(e, schema, rules, unpoliced));
      }
    }
    return decided;
  }

  /** A column without a foreign key: covered by a rule, or discovered and reported. */
  private Optional<PlanEdge> ruleEdge(Column c) {
    Optional<ErasureRule> byColumn = rules.forColumn(c.table(), c.name());
    boolean looksLikeUser =
        (c.integer() && USER_ID.matcher(c.name()).matches())
            || (c.text() && USER_TEXT.matcher(c.name()).matches());
    Optional<ErasureRule> rule =
        byColumn.isPresent()
            ? byColumn
            : looksLikeUser ? rules.forTable(c.table()) : Optional.empty();
    if (rule.isEmpty()) {
      if (looksLikeUser) {
        unpoliced.add(c.table() + "." + c.name());
      }
      return Optional.empty();
    }
    String ref = rule.get().ref().orElse(inferredRef(c));
    String refTable = ref.substring(0, ref.indexOf('.'));
    if (!schema.hasTable(refTable)) {
      return Optional.empty();
    }
    return Optional.of(
        new PlanEdge(
            c.table(),
            c.name(),
            refTable,
            ref.substring(ref.indexOf('.') + 1),
            c.nullable(),
            false,
            PlanAction.DELETE,
            "",
            Map.of()));
  }

  private static String inferredRef(Column c) {
    if (c.integer()) {
      return ROOT + ".id";
    }
    return c.name().endsWith("username") ? ROOT + ".username" : ROOT + ".email";
  }

  private Set<String> reachable(List<PlanEdge> edges) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    edges.forEach(
        e -> children.computeIfAbsent(e.parentTable(), k -> new ArrayList<>()).add(e.table()));
    Set<String> seen = new HashSet<>(Set.of(ROOT));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (String child : children.getOrDefault(todo.pop(), List.of())) {
        if (seen.add(child)) {
          todo.push(child);
        }
      }
    }
    return seen;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the action of one edge: a configured rule ({@code table.column}, then {@code table}),
 * else the defaults: forum tables anonymize, nullable audit columns set null, the rest deletes.
 */
final class EdgeActions {
  private static final Pattern AUDIT =
      Pattern.compile("(.*_by_id|.*_by|history_user_id|reviewing_user_id|reviewer_id)");

  private EdgeActions() {}

  static PlanEdge decide(
      PlanEdge e, SchemaModel schema, ErasureRules rules, List<String> unpoliced) {
    Optional<ErasureRule> rule =
        rules.forColumn(e.table(), e.column()).or(() -> rules.forTable(e.table()));
    PlanAction action;
    String reason;
    Map<String, Optional<String>> set = new LinkedHashMap<>();
    if (rule.isPresent()) {
      action = rule.get().action();
      reason = "rule " + rule.get().source();
      set.putAll(rule.get().set());
    } else if (e.table().startsWith("forum_") && e.parentTable().equals(EdgeCollector.ROOT)) {
      action = PlanAction.ANONYMIZE;
      reason = "default: forum content keeps its place, loses author and body";
    } else if (e.nullable() && e.foreignKey() && AUDIT.matcher(e.column()).matches()) {
      action = PlanAction.SET_NULL;
      reason = "default: nullable audit column";
    } else {
      action = PlanAction.DELETE;
      reason = e.foreignKey() ? "default: foreign key" : "default";
    }
    if (action == PlanAction.ANONYMIZE) {
      defaultAnonymization(e, schema, set, unpoliced);
    }
    if (action == PlanAction.SET_NULL && !e.nullable()) {
      unpoliced.add(e.edge() + " (set_null on a NOT NULL column)");
    }
    return new PlanEdge(
        e.table(),
        e.column(),
        e.parentTable(),
        e.parentColumn(),
        e.nullable(),
        e.foreignKey(),
        action,
        reason,
        set);
  }

  private static void defaultAnonymization(
      PlanEdge e, SchemaModel schema, Map<String, Optional<String>> set, List<String> unpoliced) {
    if (set.isEmpty()) {
      schema.column(e.table(), "title").ifPresent(c -> set.put("title", Optional.of("[deleted]")));
      schema.column(e.table(), "body").ifPresent(c -> set.put("body", Optional.of("")));
    }
    if (!set.containsKey(e.column())) {
      if (e.nullable()) {
        set.put(e.column(), Optional.empty());
      } else {
        unpoliced.add(e.edge() + " (anonymize needs a value for this NOT NULL column)");
      }
    }
  }
}

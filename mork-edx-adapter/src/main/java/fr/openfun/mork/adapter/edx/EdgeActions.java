package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the action of one edge: a configured rule ({@code table.column}, then {@code table}),
 * else the ownership defaults. An edge from {@code auth_user} is either the user's own data (its
 * subject: deleted, or anonymized for forum content) or an actor reference to a record about
 * something else (set to NULL, or reassigned to the retired placeholder when NOT NULL). An edge
 * from another deleted table into rows that name their own user is cut (set to NULL) rather than
 * followed; when it cannot be cut, the path is reported unpoliced until a rule decides it.
 */
final class EdgeActions {
  private EdgeActions() {}

  /** An edge whose parent is {@code auth_user}. */
  static PlanEdge decide(
      PlanEdge e, SchemaModel schema, ErasureRules rules, List<String> unpoliced) {
    Optional<ErasureRule> rule = rule(e, rules);
    PlanAction action;
    String reason;
    Map<String, Optional<String>> set = new LinkedHashMap<>();
    if (rule.isPresent()) {
      action = rule.get().action();
      reason = "rule " + rule.get().source();
      set.putAll(rule.get().set());
    } else if (e.table().startsWith("forum_")) {
      action = PlanAction.ANONYMIZE;
      reason = "default: forum content keeps its place, loses author and body";
    } else if (e.foreignKey() && Ownership.actor(e.column())) {
      action = e.nullable() ? PlanAction.SET_NULL : PlanAction.REASSIGN;
      reason =
          e.nullable()
              ? "default: actor column, the row is about someone else: cleared"
              : "default: actor column, the row is about someone else: reassigned to the retired"
                  + " placeholder";
    } else {
      action = PlanAction.DELETE;
      reason = "default: the user's own row (" + e.column() + ")";
    }
    if (action == PlanAction.ANONYMIZE) {
      defaultAnonymization(e, schema, set, unpoliced);
    }
    return checked(e.with(action, reason, set), unpoliced);
  }

  /**
   * An edge whose parent is another table whose rows are deleted. {@code ownerColumns} are the
   * columns of {@code e.table()} that point at a user themselves: its rows may be someone else's.
   */
  static PlanEdge decideCascade(
      PlanEdge e, List<String> ownerColumns, ErasureRules rules, List<String> unpoliced) {
    // NOT NULL links into such rows stay deletes here; undecidedPath reports them once the plan
    // is ordered, when it is known whether the parent's rows are deleted at all
    Optional<ErasureRule> rule = rule(e, rules);
    if (rule.isPresent()) {
      return checked(
          e.with(rule.get().action(), "rule " + rule.get().source(), rule.get().set()), unpoliced);
    }
    if (ownerColumns.isEmpty()) {
      return e.with(PlanAction.DELETE, "default: goes with its " + e.parentTable() + " row");
    }
    if (e.nullable()) {
      return e.with(
          PlanAction.SET_NULL,
          "default: rows naming their own user ("
              + owners(e, ownerColumns)
              + ") are kept, their link cleared");
    }
    return e.with(PlanAction.DELETE, "default: goes with its " + e.parentTable() + " row");
  }

  /**
   * The undecided path, if this cascade deletes (by default, no rule) rows that name their own
   * user: they may be someone else's, so destructive erasure waits for a rule.
   */
  static Optional<String> undecidedPath(PlanEdge e, List<String> ownerColumns, ErasureRules rules) {
    if (e.action() != PlanAction.DELETE || ownerColumns.isEmpty() || rule(e, rules).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        e.edge()
            + " (deleting an erased user's "
            + e.parentTable()
            + " row would delete rows naming another user in "
            + owners(e, ownerColumns)
            + ": reassign or clear the parent's user column, or confirm with a delete rule)");
  }

  private static String owners(PlanEdge e, List<String> ownerColumns) {
    return e.table() + "." + String.join(", ", ownerColumns);
  }

  private static Optional<ErasureRule> rule(PlanEdge e, ErasureRules rules) {
    return rules.forColumn(e.table(), e.column()).or(() -> rules.forTable(e.table()));
  }

  private static PlanEdge checked(PlanEdge e, List<String> unpoliced) {
    if (e.action() == PlanAction.SET_NULL && !e.nullable()) {
      unpoliced.add(e.edge() + " (set_null on a NOT NULL column)");
    }
    if (e.action() == PlanAction.REASSIGN
        && !(e.parentTable().equals(EdgeCollector.ROOT)
            && e.parentColumn().equals("id")
            && !e.column().contains(","))) {
      unpoliced.add(e.edge() + " (reassign needs one column holding auth_user.id)");
    }
    return e;
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

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.adapter.edx.SchemaModel.Column;
import fr.openfun.mork.adapter.edx.SchemaModel.ForeignKey;
import fr.openfun.mork.domain.model.PlanAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every edge reachable from {@code auth_user} through deleted rows (foreign keys and rule
 * edges) and decides its action ({@link EdgeActions}: configured rule, else the ownership
 * defaults). Unpoliced user-looking columns and undecided paths are collected on the side.
 */
final class EdgeCollector {
  static final String ROOT = "auth_user";
  private static final Pattern USER_ID = Pattern.compile("(user_id|student_id|.*_user_id)");
  private static final Pattern USER_TEXT = Pattern.compile("(email|username|.*_email|.*_username)");

  private final SchemaModel schema;
  private final ErasureRules rules;
  final List<String> unpoliced = new ArrayList<>();
  private final Map<String, List<String>> ownerColumns = new LinkedHashMap<>();

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
    return decide(candidates);
  }

  /**
   * Decides the edges from {@code auth_user}, then follows the edges into tables whose rows are
   * deleted, level after level: rows kept (set null, reassigned, anonymized, protected) take no
   * child with them, so only the children of deleted rows belong to the plan.
   */
  private List<PlanEdge> decide(List<PlanEdge> candidates) {
    List<PlanEdge> decided = new ArrayList<>();
    Set<String> deleted = new HashSet<>();
    List<PlanEdge> pending = new ArrayList<>();
    for (PlanEdge e : candidates) {
      if (e.parentTable().equals(ROOT)) {
        PlanEdge d = EdgeActions.decide(e, schema, rules, unpoliced);
        decided.add(d);
        if (d.action() != PlanAction.IGNORE) {
          ownerColumns.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d.column());
        }
        if (d.action() == PlanAction.DELETE) {
          deleted.add(d.table());
        }
      } else {
        pending.add(e);
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (PlanEdge e : List.copyOf(pending)) {
        if (deleted.contains(e.parentTable())) {
          pending.remove(e);
          PlanEdge d =
              EdgeActions.decideCascade(
                  e, ownerColumns.getOrDefault(e.table(), List.of()), rules, unpoliced);
          decided.add(d);
          grew |= d.action() == PlanAction.DELETE && deleted.add(d.table());
        }
      }
    }
    return decided;
  }

  /**
   * The ordered edges whose parent rows are deleted, once cycles are broken (a cycle break keeps
   * rows that the first pass thought deleted, and their children then stay too); each remaining
   * undecided path into rows of other users is reported unpoliced.
   */
  List<PlanEdge> settle(List<PlanEdge> ordered) {
    Set<String> deleted = new HashSet<>(Set.of(ROOT));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (PlanEdge e : ordered) {
        if (e.action() == PlanAction.DELETE && deleted.contains(e.parentTable())) {
          grew |= deleted.add(e.table());
        }
      }
    }
    List<PlanEdge> kept = new ArrayList<>();
    for (PlanEdge e : ordered) {
      if (deleted.contains(e.parentTable())) {
        kept.add(e);
        if (!e.parentTable().equals(ROOT)) {
          EdgeActions.undecidedPath(e, ownerColumns.getOrDefault(e.table(), List.of()), rules)
              .ifPresent(unpoliced::add);
        }
      }
    }
    return kept;
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
}

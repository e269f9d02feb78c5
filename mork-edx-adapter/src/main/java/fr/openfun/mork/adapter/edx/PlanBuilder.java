package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the deletion plan from a schema and rules, with no I/O. Steps: checks first (protect,
 * ignore), then the updates (set_null, reassign, anonymize: they only need to precede their
 * parent's deletion), then deletions children first.
 */
final class PlanBuilder {
  private PlanBuilder() {}

  static DeletionPlan build(SchemaModel schema, ErasureRules rules, Instant readAt) {
    if (!schema.hasTable(EdgeCollector.ROOT)) {
      throw new IllegalStateException(
          "the edX database has no auth_user table: check MORK_EDX_MYSQL_DB_NAME (or the JDBC URL)"
              + " points at the LMS database");
    }
    EdgeCollector collector = new EdgeCollector(schema, rules);
    PlanOrder.Ordered ordered = PlanOrder.order(collector.collect());
    List<PlanEdge> edges = collector.settle(ordered.edges());
    List<String> tables = ordered.tables();
    Comparator<PlanEdge> byEdge = Comparator.comparing(PlanEdge::edge);
    List<PlanEdge> sorted = new ArrayList<>();
    edges.stream().filter(e -> check(e.action())).sorted(byEdge).forEach(sorted::add);
    edges.stream().filter(e -> update(e.action())).sorted(byEdge).forEach(sorted::add);
    edges.stream()
        .filter(e -> e.action() == PlanAction.DELETE)
        .sorted(
            Comparator.comparing((PlanEdge e) -> -tables.indexOf(e.table())).thenComparing(byEdge))
        .forEach(sorted::add);
    List<PlanStep> steps = new ArrayList<>();
    for (PlanEdge e : sorted) {
      steps.add(
          new PlanStep(
              steps.size() + 1,
              e.table(),
              e.column(),
              e.parentTable(),
              e.parentColumn(),
              e.action(),
              e.foreignKey(),
              e.reason(),
              e.anonymizeWith()));
    }
    List<String> unpoliced = collector.unpoliced.stream().sorted().toList();
    return new DeletionPlan(steps, unpoliced, fingerprint(steps), readAt);
  }

  private static boolean check(PlanAction a) {
    return a == PlanAction.PROTECT || a == PlanAction.IGNORE;
  }

  private static boolean update(PlanAction a) {
    return a == PlanAction.SET_NULL || a == PlanAction.REASSIGN || a == PlanAction.ANONYMIZE;
  }

  /** A stable hash of the edges and their actions (order numbers and reasons left out). */
  static String fingerprint(List<PlanStep> steps) {
    List<String> lines = new ArrayList<>();
    for (PlanStep s : steps) {
      lines.add(
          s.edge()
              + ">"
              + s.parentTable()
              + "."
              + s.parentColumn()
              + "="
              + s.action().wireName()
              + (s.foreignKey() ? ":fk" : ":rule")
              + new TreeMap<>(s.anonymizeWith()));
    }
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

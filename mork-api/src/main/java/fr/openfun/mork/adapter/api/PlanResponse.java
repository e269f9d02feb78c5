package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.policy.DriftVerdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Extension: the edX erasure plan and whether destructive erasure may use it. */
record PlanResponse(
    String fingerprint,
    String readAt,
    List<Step> steps,
    List<String> unpolicedColumns,
    List<String> protectingTables,
    Drift drift) {

  record Step(
      int order,
      String table,
      String column,
      String parentTable,
      String parentColumn,
      String action,
      boolean foreignKey,
      String reason,
      Map<String, Optional<String>> anonymizeWith) {}

  record Drift(String status, Optional<String> reason) {}

  static PlanResponse from(DeletionPlan plan, DriftVerdict verdict) {
    return new PlanResponse(
        plan.fingerprint(),
        Timestamps.format(plan.readAt()),
        plan.steps().stream().map(PlanResponse::step).toList(),
        plan.unpolicedColumns(),
        plan.protectingTables(),
        drift(verdict));
  }

  private static Step step(PlanStep s) {
    return new Step(
        s.order(),
        s.table(),
        s.column(),
        s.parentTable(),
        s.parentColumn(),
        s.action().wireName(),
        s.foreignKey(),
        s.reason(),
        new TreeMap<>(s.anonymizeWith()));
  }

  private static Drift drift(DriftVerdict verdict) {
    return switch (verdict) {
      case DriftVerdict.Allowed a -> new Drift("allowed", Optional.empty());
      case DriftVerdict.Baseline b -> new Drift("baseline", Optional.empty());
      case DriftVerdict.Blocked b -> new Drift("blocked", Optional.of(b.reason()));
    };
  }
}

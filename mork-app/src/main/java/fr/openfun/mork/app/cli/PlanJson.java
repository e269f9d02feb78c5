package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.policy.DriftVerdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code mork plan --json}: the fields of {@code GET /v1/edx/plan}. */
record PlanJson(
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

  static PlanJson from(DeletionPlan plan, DriftVerdict verdict) {
    return new PlanJson(
        plan.fingerprint(),
        CliJson.timestamp(plan.readAt()),
        plan.steps().stream().map(PlanJson::step).toList(),
        plan.unpolicedColumns(),
        plan.protectingTables(),
        switch (verdict) {
          case DriftVerdict.Allowed a -> new Drift("allowed", Optional.empty());
          case DriftVerdict.Baseline b -> new Drift("baseline", Optional.empty());
          case DriftVerdict.Blocked b -> new Drift("blocked", Optional.of(b.reason()));
        });
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
}

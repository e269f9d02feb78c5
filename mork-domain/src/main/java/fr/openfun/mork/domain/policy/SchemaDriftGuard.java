package fr.openfun.mork.domain.policy;

import fr.openfun.mork.domain.model.DeletionPlan;
import java.util.Optional;

/**
 * Stops destructive edX erasure when the schema no longer matches what the operator accepted: a new
 * or changed edge referencing users (an edX upgrade), or user columns with no policy. The first
 * complete plan becomes the baseline; later changes need an explicit acknowledgement.
 */
public final class SchemaDriftGuard {
  private SchemaDriftGuard() {}

  public static DriftVerdict evaluate(DeletionPlan plan, Optional<String> acknowledged) {
    if (acknowledged.isPresent() && acknowledged.get().equals(plan.fingerprint())) {
      return new DriftVerdict.Allowed();
    }
    if (!plan.unpolicedColumns().isEmpty()) {
      return new DriftVerdict.Blocked(
          "user columns without a policy: "
              + String.join(", ", plan.unpolicedColumns())
              + "; add rules for them or acknowledge plan "
              + plan.fingerprint());
    }
    if (acknowledged.isEmpty()) {
      return new DriftVerdict.Baseline(plan.fingerprint());
    }
    return new DriftVerdict.Blocked(
        "the edX schema changed: plan "
            + plan.fingerprint()
            + " differs from the acknowledged "
            + acknowledged.get()
            + "; review it (mork plan, GET /v1/edx/plan) and acknowledge it");
  }
}

package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A planner serving a plan the test sets; {@link #reload()} serves the next one if set. */
public final class InMemoryErasurePlanner implements ErasurePlanner {
  private volatile DeletionPlan current;
  private volatile DeletionPlan next;

  public InMemoryErasurePlanner(DeletionPlan plan) {
    this.current = plan;
  }

  /** A small complete plan: enrollments deleted, then the user. */
  public static DeletionPlan aPlan(String fingerprint, List<String> unpoliced) {
    List<PlanStep> steps =
        List.of(
            new PlanStep(
                1,
                "student_courseenrollment",
                "user_id",
                "auth_user",
                "id",
                PlanAction.DELETE,
                true,
                "default",
                Map.of()),
            new PlanStep(
                2,
                "auth_user",
                "id",
                "auth_user",
                "id",
                PlanAction.DELETE,
                true,
                "default",
                Map.of()));
    return new DeletionPlan(steps, unpoliced, fingerprint, Instant.parse("2026-01-01T00:00:00Z"));
  }

  public void onReload(DeletionPlan plan) {
    this.next = plan;
  }

  @Override
  public DeletionPlan plan() {
    return current;
  }

  @Override
  public DeletionPlan reload() {
    if (next != null) {
      current = next;
    }
    return current;
  }
}

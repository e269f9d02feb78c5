package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.policy.DriftVerdict;
import java.util.Optional;

/** Shows the edX erasure plan and lets operators acknowledge a changed schema. */
public interface ExplainPlanUseCase {

  /** The erasure plan of the edX schema as it is now (read again on each call). */
  DeletionPlan plan();

  /** Whether the current plan may be used for destructive erasure, and why not. */
  DriftVerdict drift();

  /**
   * Acknowledges the plan with this fingerprint; throws {@link IllegalArgumentException} if it is
   * not the current plan's (the schema changed again meanwhile).
   */
  void acknowledge(String fingerprint, Actor actor);

  /** The exact rows that erasing this user would touch, read-only; empty if no such user. */
  Optional<ErasureOutcome> preview(String email);
}

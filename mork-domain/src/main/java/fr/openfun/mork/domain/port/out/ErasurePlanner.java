package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.DeletionPlan;

/** Gives the edX erasure plan read from the schema. */
public interface ErasurePlanner {

  /** The current plan, read at start-up or at the last {@link #reload()}. */
  DeletionPlan plan();

  /** Reads the schema again (after an edX upgrade) and returns the new plan. */
  DeletionPlan reload();
}

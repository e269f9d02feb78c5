package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.util.Map;

/**
 * What a batch erasure did: the outcome of each request (in request order), the rows touched per
 * table for the whole batch, and whether it fell back to one-by-one erasure after an error.
 */
public record BatchErasure(
    Map<ErasureRequest, ErasureOutcome> outcomes, Map<String, Long> totals, boolean fellBack) {

  public BatchErasure {
    outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    totals = Map.copyOf(totals);
  }
}

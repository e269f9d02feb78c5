package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The explainable edX erasure plan read from the schema: ordered steps, the user columns found
 * without a policy, and a fingerprint that changes whenever an edge referencing users appears,
 * disappears or changes action. Destructive erasure requires the fingerprint to be acknowledged.
 */
public record DeletionPlan(
    List<PlanStep> steps, List<String> unpolicedColumns, String fingerprint, Instant readAt) {

  public DeletionPlan {
    steps = List.copyOf(steps);
    unpolicedColumns = List.copyOf(unpolicedColumns);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(readAt, "readAt");
  }

  /** The tables whose rows protect a user from erasure. */
  public List<String> protectingTables() {
    return steps.stream()
        .filter(s -> s.action() == PlanAction.PROTECT)
        .map(PlanStep::table)
        .distinct()
        .toList();
  }
}

package fr.openfun.mork.domain.model;

import java.util.Map;
import java.util.Objects;

/**
 * What happened (or would happen, in a dry run) to one user in a run. {@code who} is a masked
 * email, never a raw one; {@code counts} holds per-table row counts of an edX plan when known.
 */
public record ReportEntry(
    long edxUserId, String who, String outcome, String detail, Map<String, Long> counts) {
  public ReportEntry {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    counts = Map.copyOf(counts);
  }
}

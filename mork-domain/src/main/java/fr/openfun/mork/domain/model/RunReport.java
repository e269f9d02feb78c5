package fr.openfun.mork.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a warn or delete run: counters, per-outcome totals, a bounded list of per-user
 * entries, the full list of selected edX ids (for approving a dry run), and why the run stopped
 * early if it did (guard, pause, revocation, limit).
 */
public record RunReport(
    TaskType type,
    boolean dryRun,
    TaskProgress progress,
    Map<String, Long> outcomes,
    List<ReportEntry> entries,
    boolean entriesTruncated,
    List<Long> selectedEdxUserIds,
    Optional<RunStop> stop) {

  /** At most this many per-user entries are kept in a report. */
  public static final int MAX_ENTRIES = 1000;

  public RunReport {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(progress, "progress");
    outcomes = Map.copyOf(outcomes);
    entries = List.copyOf(entries);
    selectedEdxUserIds = List.copyOf(selectedEdxUserIds);
    Objects.requireNonNull(stop, "stop");
  }
}

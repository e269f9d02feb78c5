package fr.openfun.mork.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collects a run's counters, outcome totals and per-user entries into a {@link RunReport}, keeping
 * at most {@link RunReport#MAX_ENTRIES} entries. Mutable and not thread-safe: one per run.
 */
public final class RunReportBuilder {

  /** Which progress counter an entry adds to. */
  public enum Tally {
    SUCCEEDED,
    SKIPPED,
    FAILED
  }

  private final TaskType type;
  private final boolean dryRun;
  private long scanned;
  private long selected;
  private long succeeded;
  private long skipped;
  private long failed;
  private long cursor;
  private final Map<String, Long> outcomes = new TreeMap<>();
  private final List<ReportEntry> entries = new ArrayList<>();
  private boolean truncated;
  private final List<Long> selectedIds = new ArrayList<>();
  private RunStop stop;

  public RunReportBuilder(TaskType type, boolean dryRun) {
    this.type = Objects.requireNonNull(type, "type");
    this.dryRun = dryRun;
  }

  /** An entry naming the user by masked email only. */
  public static ReportEntry entry(EdxUser user, String outcome, String detail) {
    return entry(user, outcome, detail, Map.of());
  }

  public static ReportEntry entry(
      EdxUser user, String outcome, String detail, Map<String, Long> counts) {
    return new ReportEntry(user.id(), Pii.maskEmail(user.email()), outcome, detail, counts);
  }

  public RunReportBuilder scanned(long count) {
    scanned += count;
    return this;
  }

  public RunReportBuilder cursor(long lastId) {
    cursor = lastId;
    return this;
  }

  /** Counts one selected user without listing them. */
  public RunReportBuilder selected() {
    selected++;
    return this;
  }

  /** Lists the ids of the selected users (for approving a dry run); does not count them. */
  public RunReportBuilder listSelected(java.util.Collection<Long> edxUserIds) {
    selectedIds.addAll(edxUserIds);
    return this;
  }

  /** Adds one outcome to the totals and its counter; keeps the entry if asked and room is left. */
  public RunReportBuilder add(Tally tally, ReportEntry entry, boolean keepEntry) {
    outcomes.merge(entry.outcome(), 1L, Long::sum);
    switch (tally) {
      case SUCCEEDED -> succeeded++;
      case SKIPPED -> skipped++;
      case FAILED -> failed++;
    }
    if (keepEntry) {
      if (entries.size() < RunReport.MAX_ENTRIES) {
        entries.add(entry);
      } else {
        truncated = true;
      }
    }
    return this;
  }

  public RunReportBuilder stop(RunStop.Kind kind, String message) {
    stop = new RunStop(kind, message);
    return this;
  }

  public long selectedCount() {
    return selected;
  }

  public TaskProgress progress() {
    return new TaskProgress(scanned, selected, succeeded, skipped, failed, cursor);
  }

  public RunReport build() {
    return new RunReport(
        type,
        dryRun,
        progress(),
        outcomes,
        entries,
        truncated,
        selectedIds,
        Optional.ofNullable(stop));
  }
}

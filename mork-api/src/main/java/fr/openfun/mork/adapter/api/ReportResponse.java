package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskProgress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Extension: a run's report; for a dry run, the plan an operator approves. */
record ReportResponse(
    String type,
    boolean dryRun,
    TaskProgress progress,
    Map<String, Long> outcomes,
    List<ReportEntry> entries,
    boolean entriesTruncated,
    List<Long> selectedEdxUserIds,
    Optional<String> stoppedBecause) {

  static ReportResponse from(RunReport report) {
    return new ReportResponse(
        report.type().wireName(),
        report.dryRun(),
        report.progress(),
        new TreeMap<>(report.outcomes()),
        report.entries(),
        report.entriesTruncated(),
        report.selectedEdxUserIds(),
        report.stop().map(RunStop::message));
  }
}

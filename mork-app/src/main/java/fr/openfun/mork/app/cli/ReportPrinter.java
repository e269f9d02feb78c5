package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Prints a run report: counters, outcomes, why it stopped, then the per-user entries. */
final class ReportPrinter {
  /** Exit status of a run stopped by a safety (guard, pause, schema drift). */
  static final int STOPPED_BY_SAFETY = 4;

  private ReportPrinter() {}

  static int print(RunReport report, PrintWriter out) {
    var p = report.progress();
    out.printf(
        "%s%s: scanned %d, selected %d, succeeded %d, skipped %d, failed %d%n",
        report.type().wireName(),
        report.dryRun() ? " (dry run: nothing was changed)" : "",
        p.scanned(),
        p.selected(),
        p.succeeded(),
        p.skipped(),
        p.failed());
    if (!report.outcomes().isEmpty()) {
      out.println("outcomes: " + joined(new TreeMap<>(report.outcomes())));
    }
    report
        .stop()
        .ifPresent(stop -> out.println("stopped (" + stop.kind() + "): " + stop.message()));
    for (ReportEntry entry : report.entries()) {
      out.printf(
          "  #%-8d %-24s %-14s %s%s%n",
          entry.edxUserId(),
          entry.who(),
          entry.outcome(),
          entry.detail(),
          entry.counts().isEmpty() ? "" : " " + joined(new TreeMap<>(entry.counts())));
    }
    if (report.entriesTruncated()) {
      out.println("  ... (only the first " + RunReport.MAX_ENTRIES + " users are listed)");
    }
    out.flush();
    return report.stop().map(ReportPrinter::exitCode).orElse(0);
  }

  private static int exitCode(RunStop stop) {
    return switch (stop.kind()) {
      case GUARD, PAUSED, SCHEMA_DRIFT -> STOPPED_BY_SAFETY;
      case REVOKED, LIMIT -> 0;
    };
  }

  static String joined(Map<String, ?> values) {
    StringBuilder text = new StringBuilder();
    values.forEach(
        (k, v) -> text.append(text.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    return text.toString();
  }
}

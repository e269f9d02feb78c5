package fr.openfun.mork.domain.service.warning;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.policy.InactivityPolicy;
import fr.openfun.mork.domain.policy.WarningDecision;
import fr.openfun.mork.domain.port.out.StagedWarning;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, sends and records the warnings of one run, user after user (package-private, not a use
 * case; one per run, not thread-safe). A warning is recorded once the server accepted it. The next
 * user's warning is staged while the previous one is recorded and delivered only once that record
 * is durable, so at most one warning is ever accepted and not recorded. {@link #finish()} delivers
 * and records the staged one; {@link #close()} abandons it (nothing sent, nothing recorded).
 */
final class SendWarningService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SendWarningService.class);

  private final WarningRepository warnings;
  private final WarningNotifier notifier;
  private final InactivityPolicy policy;
  private final Instant now;
  private final boolean dryRun;
  private final RunReportBuilder report;
  private Pending pending; // staged, not yet delivered

  /** A staged warning and what recording it needs. */
  private record Pending(
      EdxUser user,
      List<Warning> userWarnings,
      int reminder,
      String detail,
      StagedWarning staged) {}

  SendWarningService(
      WarningRepository warnings,
      WarningNotifier notifier,
      InactivityPolicy policy,
      Instant now,
      boolean dryRun,
      RunReportBuilder report) {
    this.warnings = warnings;
    this.notifier = notifier;
    this.policy = policy;
    this.now = now;
    this.dryRun = dryRun;
    this.report = report;
  }

  /**
   * Decides for the user and stages their warning if one is due (after delivering and recording the
   * one staged before); skipped users get an entry only if {@code all}.
   */
  void warn(EdxUser user, List<Warning> userWarnings, boolean all) {
    switch (policy.decideWarning(user, userWarnings, now)) {
      case WarningDecision.Excluded e ->
          skip(RunReportBuilder.entry(user, "excluded", e.why()), all);
      case WarningDecision.NothingDue n ->
          skip(RunReportBuilder.entry(user, "nothing_due", n.why()), all);
      case WarningDecision.Warn w -> send(user, userWarnings, w);
    }
  }

  /** Delivers and records the staged warning, if any: call before reporting progress. */
  void finish() {
    if (pending != null) {
      Pending delivered = pending;
      pending = null;
      conclude(delivered, deliver(delivered.staged()));
    }
  }

  /** Abandons the staged warning, if any: it is not sent and not recorded. */
  @Override
  public void close() {
    if (pending != null) {
      StagedWarning abandoned = pending.staged();
      pending = null;
      abandoned.abandon();
    }
  }

  private void skip(ReportEntry entry, boolean all) {
    if (all) {
      finish(); // keeps the entries in the users' order
    }
    report.add(Tally.SKIPPED, entry, all);
  }

  private void send(EdxUser user, List<Warning> userWarnings, WarningDecision.Warn warn) {
    report.selected();
    int of = policy.reminderOffsets().size();
    String detail =
        "reminder " + warn.reminder() + " of " + of + ", deletion on " + day(warn.deletionDate());
    if (dryRun) {
      report.add(Tally.SUCCEEDED, RunReportBuilder.entry(user, "would_warn", detail), true);
      return;
    }
    Pending previous = pending;
    NotificationOutcome previousOutcome = previous == null ? null : deliver(previous.staged());
    long daysLeft = Math.max(0, Duration.between(now, warn.deletionDate()).toDays());
    WarningNotice notice =
        new WarningNotice(user, warn.reminder(), of, warn.deletionDate(), daysLeft);
    pending = new Pending(user, userWarnings, warn.reminder(), detail, stage(notice));
    if (previous != null) {
      conclude(previous, previousOutcome); // the commit overlaps the staging of the next warning
    }
  }

  private StagedWarning stage(WarningNotice notice) {
    try {
      return notifier.stage(notice);
    } catch (RuntimeException e) {
      return StagedWarning.settled(failed(e));
    }
  }

  private static NotificationOutcome deliver(StagedWarning staged) {
    try {
      return staged.deliver();
    } catch (RuntimeException e) {
      return failed(e);
    }
  }

  private static NotificationOutcome failed(RuntimeException e) {
    return new NotificationOutcome.Failed(FailureKind.TRANSIENT, e.getClass().getSimpleName());
  }

  private void conclude(Pending sent, NotificationOutcome outcome) {
    EdxUser user = sent.user();
    switch (outcome) {
      case NotificationOutcome.Sent s -> {
        List<Warning> userWarnings = sent.userWarnings();
        if (!userWarnings.isEmpty() && policy.currentWarnings(user, userWarnings).isEmpty()) {
          warnings.clear(user.id());
        }
        warnings.record(new Warning(user.id(), sent.reminder(), now));
        report.add(Tally.SUCCEEDED, RunReportBuilder.entry(user, "warned", sent.detail()), true);
      }
      case NotificationOutcome.Failed f -> {
        LOG.warn("warning {} not sent ({}): {}", Pii.maskEmail(user.email()), f.kind(), f.reason());
        report.add(
            Tally.FAILED,
            RunReportBuilder.entry(user, "failed", f.kind() + ": " + f.reason()),
            true);
      }
    }
  }

  private static LocalDate day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}

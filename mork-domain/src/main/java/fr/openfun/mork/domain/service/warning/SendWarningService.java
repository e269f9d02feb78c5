package fr.openfun.mork.domain.service.warning;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.policy.InactivityPolicy;
import fr.openfun.mork.domain.policy.WarningDecision;
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
 * Decides, sends and records the warning of one user; shared by both warn services
 * (package-private, not a use case).
 */
final class SendWarningService {
  private static final Logger LOG = LoggerFactory.getLogger(SendWarningService.class);

  private final WarningRepository warnings;
  private final WarningNotifier notifier;
  private final InactivityPolicy policy;

  SendWarningService(
      WarningRepository warnings, WarningNotifier notifier, InactivityPolicy policy) {
    this.warnings = warnings;
    this.notifier = notifier;
    this.policy = policy;
  }

  /** Adds the user's outcome to the report; skipped users get an entry only if {@code all}. */
  void warn(
      EdxUser user, List<Warning> userWarnings, Instant now, boolean dryRun, RunReportBuilder r) {
    warn(user, userWarnings, now, dryRun, r, false);
  }

  void warn(
      EdxUser user,
      List<Warning> userWarnings,
      Instant now,
      boolean dryRun,
      RunReportBuilder report,
      boolean all) {
    switch (policy.decideWarning(user, userWarnings, now)) {
      case WarningDecision.Excluded e ->
          report.add(Tally.SKIPPED, RunReportBuilder.entry(user, "excluded", e.why()), all);
      case WarningDecision.NothingDue n ->
          report.add(Tally.SKIPPED, RunReportBuilder.entry(user, "nothing_due", n.why()), all);
      case WarningDecision.Warn w -> send(user, userWarnings, w, now, dryRun, report);
    }
  }

  private void send(
      EdxUser user,
      List<Warning> userWarnings,
      WarningDecision.Warn warn,
      Instant now,
      boolean dryRun,
      RunReportBuilder report) {
    report.selected();
    int of = policy.reminderOffsets().size();
    String detail =
        "reminder " + warn.reminder() + " of " + of + ", deletion on " + day(warn.deletionDate());
    if (dryRun) {
      report.add(Tally.SUCCEEDED, RunReportBuilder.entry(user, "would_warn", detail), true);
      return;
    }
    long daysLeft = Math.max(0, Duration.between(now, warn.deletionDate()).toDays());
    NotificationOutcome outcome;
    try {
      outcome =
          notifier.warn(
              new WarningNotice(user, warn.reminder(), of, warn.deletionDate(), daysLeft));
    } catch (RuntimeException e) {
      outcome = new NotificationOutcome.Failed(FailureKind.TRANSIENT, e.getClass().getSimpleName());
    }
    switch (outcome) {
      case NotificationOutcome.Sent s -> {
        if (!userWarnings.isEmpty() && policy.currentWarnings(user, userWarnings).isEmpty()) {
          warnings.clear(user.id());
        }
        warnings.record(new Warning(user.id(), warn.reminder(), now));
        report.add(Tally.SUCCEEDED, RunReportBuilder.entry(user, "warned", detail), true);
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

package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.RecordedUser;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Records one user, found by email, for erasure from every configured service with the given
 * reason. A dry run records nothing and reports the edX eraser's preview; while paused nothing is
 * recorded.
 */
public final class DeleteUserService implements DeleteUserUseCase {
  /** The ledger id previews carry: the user is not in the ledger yet. */
  static final UUID PREVIEW_ID = new UUID(0, 0);

  private final EdxUserDirectory directory;
  private final LedgerRepository ledger;
  private final ControlRepository control;
  private final AccountEraser edxEraser;
  private final RunSettings settings;
  private final Clock clock;

  public DeleteUserService(
      EdxUserDirectory directory,
      LedgerRepository ledger,
      ControlRepository control,
      AccountEraser edxEraser,
      RunSettings settings,
      Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.control = Objects.requireNonNull(control, "control");
    this.edxEraser = Objects.requireNonNull(edxEraser, "edxEraser");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RunReport deleteUser(Command command) {
    Instant now = clock.instant();
    RunReportBuilder report = new RunReportBuilder(TaskType.DELETE_USER, command.dryRun());
    Optional<EdxUser> found = directory.findByEmail(command.email());
    if (found.isEmpty()) {
      ReportEntry entry =
          new ReportEntry(
              0,
              Pii.maskEmail(command.email()),
              "not_found",
              "no edX user with this email",
              Map.of());
      return report.add(Tally.SKIPPED, entry, true).build();
    }
    EdxUser user = found.get();
    report.scanned(1).cursor(user.id()).selected().listSelected(List.of(user.id()));
    if (command.dryRun()) {
      return report
          .add(Tally.SUCCEEDED, preview(edxEraser, user, command.reason(), now), true)
          .build();
    }
    if (control.paused()) {
      return report.stop(RunStop.Kind.PAUSED, "Mork is paused: nothing was recorded").build();
    }
    NewLedgerEntry entry = NewLedgerEntry.of(user, command.reason(), settings.services());
    return report
        .add(Tally.SUCCEEDED, recorded(ledger.record(entry, now, Actor.SYSTEM)), true)
        .build();
  }

  /** The report entry of a freshly recorded (or already recorded) user. */
  static ReportEntry recorded(RecordedUser recorded) {
    String outcome = recorded.created() ? "recorded" : "already_recorded";
    return new ReportEntry(
        recorded.user().edxUserId(),
        Pii.maskEmail(recorded.user().email()),
        outcome,
        "ledger id " + recorded.user().id(),
        Map.of());
  }

  /** A {@code would_delete} entry with what the edX eraser's preview says. */
  static ReportEntry preview(
      AccountEraser eraser, EdxUser user, DeletionReason reason, Instant now) {
    ErasureRequest request = previewRequest(user, reason, now);
    ErasureOutcome outcome;
    try {
      outcome = eraser.preview(request);
    } catch (RuntimeException e) {
      return RunReportBuilder.entry(
          user, "would_delete", "preview failed: " + e.getClass().getSimpleName());
    }
    return switch (outcome) {
      case ErasureOutcome.Erased e ->
          RunReportBuilder.entry(user, "would_delete", "edX rows by table", e.counts());
      case ErasureOutcome.Protected p ->
          RunReportBuilder.entry(user, "would_delete", "protected in edX by " + p.tables());
      case ErasureOutcome.NotFound n -> RunReportBuilder.entry(user, "would_delete", "not in edX");
      case ErasureOutcome.Spared s ->
          RunReportBuilder.entry(user, "would_delete", "would be spared: " + Pii.scrub(s.reason()));
      case ErasureOutcome.Accepted a ->
          RunReportBuilder.entry(user, "would_delete", Pii.scrub(a.detail()));
      case ErasureOutcome.Failed f ->
          RunReportBuilder.entry(
              user, "would_delete", "preview failed: " + f.kind() + ": " + Pii.scrub(f.reason()));
    };
  }

  /** A read-only request for a user not yet in the ledger. */
  static ErasureRequest previewRequest(EdxUser user, DeletionReason reason, Instant now) {
    return new ErasureRequest(
        PREVIEW_ID, user.id(), user.username(), user.email(), reason, now, Optional.empty());
  }
}

package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.policy.GuardVerdict;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Selects users past their deletion date, checks the blast-radius guard, then records them in the
 * ledger for every configured service. Nothing is recorded when paused (before or during the
 * selection: the switch is read after every page), when the guard trips, when the run is revoked
 * during selection, or in a dry run (which previews the first users in edX).
 */
public final class DeleteInactiveUsersService implements DeleteInactiveUsersUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(DeleteInactiveUsersService.class);
  private static final int RECORD_CHUNK = 500;
  private static final String PAUSED_MIDWAY =
      "Mork was paused during the selection: nothing was recorded";

  private final EdxUserDirectory directory;
  private final LedgerRepository ledger;
  private final ControlRepository control;
  private final AccountEraser edxEraser;
  private final RunSettings settings;
  private final Clock clock;
  private final SelectInactiveUsersService selection;

  public DeleteInactiveUsersService(
      EdxUserDirectory directory,
      WarningRepository warnings,
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
    this.selection =
        new SelectInactiveUsersService(
            directory, Objects.requireNonNull(warnings, "warnings"), settings);
  }

  @Override
  public RunReport deleteInactiveUsers(Command command, RunObserver observer) {
    Instant now = clock.instant();
    RunReportBuilder report =
        new RunReportBuilder(TaskType.DELETE_INACTIVE_USERS, command.dryRun());
    if (!command.dryRun() && control.paused()) {
      return report.stop(RunStop.Kind.PAUSED, "Mork is paused: nothing was recorded").build();
    }
    long total = directory.countUsers();
    long ceiling = command.force() ? Long.MAX_VALUE : settings.guard().maxAllowed(total);
    AtomicBoolean pausedMidway = new AtomicBoolean();
    SelectInactiveUsersService.Selection selected =
        selection.select(
            command, now, ceiling, report, pauseAware(command, observer, pausedMidway));
    if (selected.revoked()) {
      return pausedMidway.get()
          ? report.stop(RunStop.Kind.PAUSED, PAUSED_MIDWAY).build()
          : report.stop(RunStop.Kind.REVOKED, "revoked during selection").build();
    }
    List<EdxUser> users = selected.users();
    if (settings.guard().check(users.size(), total, command.force())
        instanceof GuardVerdict.Tripped tripped) {
      String message =
          tripped.message()
              + (users.size() > ceiling ? " (selection stopped once over the limit)" : "");
      LOG.warn("delete run stopped: {}", message);
      return report.stop(RunStop.Kind.GUARD, message).build();
    }
    report.listSelected(users.stream().map(EdxUser::id).toList());
    selected.limitStop().ifPresent(stop -> report.stop(stop.kind(), stop.message()));
    if (command.dryRun()) {
      for (int i = 0; i < users.size(); i++) {
        EdxUser user = users.get(i);
        report.add(
            Tally.SUCCEEDED,
            i < settings.previewCap()
                ? DeleteUserService.preview(edxEraser, user, DeletionReason.GDPR, now)
                : RunReportBuilder.entry(user, "would_delete", "not previewed"),
            true);
      }
      return report.build();
    }
    if (control.paused()) {
      return report.stop(RunStop.Kind.PAUSED, PAUSED_MIDWAY).build();
    }
    // one ledger transaction per chunk: a commit per user made recording the slowest step; the
    // observer hears of each chunk, so that the reconcilers may start on it while the run goes on
    for (int from = 0; from < users.size(); from += RECORD_CHUNK) {
      List<NewLedgerEntry> entries =
          users.subList(from, Math.min(users.size(), from + RECORD_CHUNK)).stream()
              .map(user -> NewLedgerEntry.of(user, DeletionReason.GDPR, settings.services()))
              .toList();
      for (var recorded : ledger.recordAll(entries, now, Actor.SYSTEM)) {
        report.add(
            recorded.created() ? Tally.SUCCEEDED : Tally.SKIPPED,
            DeleteUserService.recorded(recorded),
            true);
      }
      observer.onRecorded(entries.size());
    }
    LOG.info("delete run recorded {} users for deletion", users.size());
    return report.build();
  }

  /**
   * A real run reads the pause switch after every page: a pause during a long selection stops it
   * within one page, before anything is recorded.
   */
  private RunObserver pauseAware(Command command, RunObserver observer, AtomicBoolean paused) {
    if (command.dryRun()) {
      return observer;
    }
    return progress -> {
      if (control.paused()) {
        paused.set(true);
        return false;
      }
      return observer.onPage(progress);
    };
  }
}

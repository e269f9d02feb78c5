package fr.openfun.mork.domain.service.warning;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.WarnUserUseCase;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Warns one user found by email whose username matches; the entry says {@code not_found} otherwise.
 * The inactivity policy decides as for a scan; a dry run sends and records nothing.
 */
public final class WarnUserService implements WarnUserUseCase {
  private final EdxUserDirectory directory;
  private final WarningRepository warnings;
  private final WarningNotifier notifier;
  private final RunSettings settings;
  private final Clock clock;

  public WarnUserService(
      EdxUserDirectory directory,
      WarningRepository warnings,
      WarningNotifier notifier,
      RunSettings settings,
      Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RunReport warnUser(Command command) {
    Instant now = clock.instant();
    RunReportBuilder report = new RunReportBuilder(TaskType.EMAIL_USER, command.dryRun());
    Optional<EdxUser> found =
        directory.findByEmail(command.email()).filter(u -> u.username().equals(command.username()));
    if (found.isEmpty()) {
      ReportEntry entry =
          new ReportEntry(
              0,
              Pii.maskEmail(command.email()),
              "not_found",
              "no edX user with this email and username",
              Map.of());
      return report.add(Tally.SKIPPED, entry, true).build();
    }
    EdxUser user = found.get();
    report.scanned(1).cursor(user.id());
    try (SendWarningService sender =
        new SendWarningService(
            warnings, notifier, settings.policy(), now, command.dryRun(), report)) {
      sender.warn(user, warnings.findFor(List.of(user.id())), true);
      sender.finish();
    }
    return report.build();
  }
}

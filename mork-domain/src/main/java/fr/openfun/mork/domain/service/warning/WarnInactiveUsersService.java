package fr.openfun.mork.domain.service.warning;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Scans edX by keyset pages for users due a reminder and warns them. The observer hears after every
 * page (cursor = last id of the page) and may stop the run; {@code limit} caps the users warned.
 */
public final class WarnInactiveUsersService implements WarnInactiveUsersUseCase {
  private final EdxUserDirectory directory;
  private final WarningRepository warnings;
  private final RunSettings settings;
  private final WarningNotifier notifier;
  private final Clock clock;

  public WarnInactiveUsersService(
      EdxUserDirectory directory,
      WarningRepository warnings,
      WarningNotifier notifier,
      RunSettings settings,
      Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RunReport warnInactiveUsers(Command command, RunObserver observer) {
    Instant now = clock.instant();
    Instant cutoff = settings.policy().warningScanCutoff(now);
    long limit = command.limit().orElse(Integer.MAX_VALUE);
    RunReportBuilder report =
        new RunReportBuilder(TaskType.EMAIL_INACTIVE_USERS, command.dryRun())
            .cursor(command.startAfterId());
    try (SendWarningService sender =
        new SendWarningService(
            warnings, notifier, settings.policy(), now, command.dryRun(), report)) {
      return warn(command, observer, cutoff, limit, report, sender);
    }
  }

  private RunReport warn(
      Command command,
      RunObserver observer,
      Instant cutoff,
      long limit,
      RunReportBuilder report,
      SendWarningService sender) {
    long cursor = command.startAfterId();
    while (true) {
      List<EdxUser> page = directory.findInactive(cutoff, cursor, settings.pageSize());
      if (page.isEmpty()) {
        break;
      }
      Map<Long, List<Warning>> byUser = warningsOf(page);
      for (EdxUser user : page) {
        report.scanned(1);
        sender.warn(user, byUser.getOrDefault(user.id(), List.of()), false);
        report.cursor(user.id());
        if (report.selectedCount() >= limit) {
          sender.finish();
          return report.stop(RunStop.Kind.LIMIT, "limit of " + limit + " users reached").build();
        }
      }
      sender.finish(); // the page's warnings are all recorded before its cursor is reported
      cursor = page.get(page.size() - 1).id();
      if (!observer.onPage(report.progress())) {
        return report.stop(RunStop.Kind.REVOKED, "stopped after user id " + cursor).build();
      }
      if (page.size() < settings.pageSize()) {
        break;
      }
    }
    return report.build();
  }

  private Map<Long, List<Warning>> warningsOf(List<EdxUser> page) {
    List<Long> ids = page.stream().map(EdxUser::id).toList();
    return warnings.findFor(ids).stream().collect(Collectors.groupingBy(Warning::edxUserId));
  }
}

package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReportBuilder;
import fr.openfun.mork.domain.model.RunReportBuilder.Tally;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.policy.DeletionDecision;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase.Command;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The selection step of a delete run (package-private, not a use case): keyset pages of the
 * deletion scan, or the approved ids, decided by the policy with each page's warnings. Stops at the
 * limit, or once more than {@code ceiling} users are selected (the guard will trip anyway).
 */
final class SelectInactiveUsersService {

  record Selection(List<EdxUser> users, Optional<RunStop> limitStop, boolean revoked) {}

  private final EdxUserDirectory directory;
  private final WarningRepository warnings;
  private final RunSettings settings;

  SelectInactiveUsersService(
      EdxUserDirectory directory, WarningRepository warnings, RunSettings settings) {
    this.directory = directory;
    this.warnings = warnings;
    this.settings = settings;
  }

  Selection select(
      Command command, Instant now, long ceiling, RunReportBuilder report, RunObserver observer) {
    long limit = command.limit().orElse(Integer.MAX_VALUE);
    boolean approved = !command.onlyEdxUserIds().isEmpty();
    List<Long> ids = command.onlyEdxUserIds().stream().sorted().distinct().toList();
    Instant cutoff = settings.policy().deletionScanCutoff(now);
    int size = settings.pageSize();
    List<EdxUser> selected = new ArrayList<>();
    long cursor = 0;
    int index = 0;
    while (true) {
      List<EdxUser> page;
      if (approved) {
        if (index >= ids.size()) {
          break;
        }
        List<Long> chunk = ids.subList(index, Math.min(index + size, ids.size()));
        index += chunk.size();
        cursor = chunk.get(chunk.size() - 1);
        page = directory.findByIds(chunk);
        reportMissing(chunk, page, report);
      } else {
        page = directory.findInactive(cutoff, cursor, size);
        if (page.isEmpty()) {
          break;
        }
        cursor = page.get(page.size() - 1).id();
      }
      Map<Long, List<Warning>> byUser = warningsOf(page);
      for (EdxUser user : page) {
        report.scanned(1).cursor(user.id());
        decide(user, byUser.getOrDefault(user.id(), List.of()), now, approved, selected, report);
        if (selected.size() >= limit) {
          return new Selection(
              selected,
              Optional.of(new RunStop(RunStop.Kind.LIMIT, "limit of " + limit + " users reached")),
              false);
        }
        if (selected.size() > ceiling) {
          return new Selection(selected, Optional.empty(), false);
        }
      }
      report.cursor(cursor);
      if (!observer.onPage(report.progress())) {
        return new Selection(selected, Optional.empty(), true);
      }
      if (!approved && page.size() < size) {
        break;
      }
    }
    return new Selection(selected, Optional.empty(), false);
  }

  private void decide(
      EdxUser user,
      List<Warning> userWarnings,
      Instant now,
      boolean approved,
      List<EdxUser> selected,
      RunReportBuilder report) {
    switch (settings.policy().decideDeletion(user, userWarnings, now)) {
      case DeletionDecision.Delete d -> {
        selected.add(user);
        report.selected();
      }
      case DeletionDecision.NotYet n ->
          report.add(Tally.SKIPPED, RunReportBuilder.entry(user, "not_yet", n.why()), approved);
      case DeletionDecision.Excluded e ->
          report.add(Tally.SKIPPED, RunReportBuilder.entry(user, "excluded", e.why()), approved);
    }
  }

  private static void reportMissing(List<Long> chunk, List<EdxUser> page, RunReportBuilder report) {
    Set<Long> found = page.stream().map(EdxUser::id).collect(Collectors.toSet());
    for (long id : chunk) {
      if (!found.contains(id)) {
        report
            .scanned(1)
            .add(
                Tally.SKIPPED,
                new ReportEntry(id, "***", "not_found", "no longer in edX", Map.of()),
                true);
      }
    }
  }

  private Map<Long, List<Warning>> warningsOf(List<EdxUser> page) {
    List<Long> ids = page.stream().map(EdxUser::id).toList();
    return warnings.findFor(ids).stream().collect(Collectors.groupingBy(Warning::edxUserId));
  }
}

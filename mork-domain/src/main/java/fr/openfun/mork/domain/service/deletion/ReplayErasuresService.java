package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages through ledger users {@code deleted} in the gate service (edX), looks them up in edX by id,
 * and re-opens every status of those found again — the same person, by email or username — to
 * {@code to_delete}, due at once. An id now held by another account (ids are handed out again after
 * a restore) is reported {@code id_reused} and never re-opened.
 */
public final class ReplayErasuresService implements ReplayErasuresUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ReplayErasuresService.class);
  static final String DETAIL =
      "found in edX again after erasure (backup restore?): erasure replayed";
  static final String REUSED =
      "this edX id now belongs to another account (neither email nor username match): not replayed";

  private final LedgerRepository ledger;
  private final EdxUserDirectory directory;
  private final RunSettings settings;
  private final Clock clock;

  public ReplayErasuresService(
      LedgerRepository ledger, EdxUserDirectory directory, RunSettings settings, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Result replay(Command command) {
    Instant now = clock.instant();
    int size = Math.min(settings.pageSize(), LedgerQuery.MAX_LIMIT);
    long scanned = 0;
    long reappeared = 0;
    long reopened = 0;
    long idsReused = 0;
    List<ReportEntry> entries = new ArrayList<>();
    int offset = 0;
    while (true) {
      List<MorkUser> page = ledger.search(erasedFromGate(offset, size));
      if (page.isEmpty()) {
        break;
      }
      scanned += page.size();
      List<EdxUser> accounts = directory.findByIds(page.stream().map(MorkUser::edxUserId).toList());
      Set<Long> back = ledger.erasedFromEdx(accounts);
      Set<Long> reused =
          accounts.stream()
              .map(EdxUser::id)
              .filter(id -> !back.contains(id))
              .collect(Collectors.toSet());
      int reopenedUsers = 0;
      for (MorkUser user : page) {
        if (reused.contains(user.edxUserId())) {
          idsReused++;
          if (entries.size() < RunReport.MAX_ENTRIES) {
            entries.add(
                new ReportEntry(
                    user.edxUserId(), Pii.maskEmail(user.email()), "id_reused", REUSED, Map.of()));
          }
          continue;
        }
        if (!back.contains(user.edxUserId())) {
          continue;
        }
        reappeared++;
        if (entries.size() < RunReport.MAX_ENTRIES) {
          String outcome = command.dryRun() ? "would_replay" : "replayed";
          entries.add(
              new ReportEntry(
                  user.edxUserId(), Pii.maskEmail(user.email()), outcome, DETAIL, Map.of()));
        }
        if (!command.dryRun()) {
          reopened += reopen(user, command, now);
          reopenedUsers++;
        }
      }
      // re-opened users leave the query, so the next page starts that much earlier
      offset += page.size() - reopenedUsers;
      if (page.size() < size) {
        break;
      }
    }
    if (reappeared > 0) {
      LOG.warn("{} erased users found in edX again; dry run: {}", reappeared, command.dryRun());
    }
    if (idsReused > 0) {
      LOG.warn("{} ids of erased users now belong to other edX accounts: not replayed", idsReused);
    }
    return new Result(command.dryRun(), scanned, reappeared, reopened, entries);
  }

  private LedgerQuery erasedFromGate(int offset, int size) {
    return new LedgerQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.of(settings.gateService()),
        Optional.of(DeletionStatus.DELETED),
        offset,
        size);
  }

  private int reopen(MorkUser user, Command command, Instant now) {
    int count = 0;
    for (ServiceStatus status : user.serviceStatuses()) {
      StatusChange change =
          new StatusChange(
              DeletionStatus.TO_DELETE,
              0,
              Optional.empty(),
              Optional.of(now),
              true,
              "replayed",
              DETAIL);
      if (ledger
          .changeStatus(user.id(), status.service(), change, now, command.actor())
          .isPresent()) {
        count++;
      }
    }
    return count;
  }
}

package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.policy.BlastRadiusGuard;
import fr.openfun.mork.domain.policy.RunSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every in-memory fake wired together at {@link MutableClock#fixed()}, with settings small enough
 * for tests (pages of 2, a guard allowing half of edX), and a snapshot of everything written.
 */
public final class InMemoryWorld {
  public final MutableClock clock = MutableClock.fixed();
  public final InMemoryEdxUserDirectory directory = new InMemoryEdxUserDirectory();
  public final InMemoryWarningRepository warnings = new InMemoryWarningRepository();
  public final InMemoryWarningNotifier notifier = new InMemoryWarningNotifier();
  public final InMemoryAuditLog audit = new InMemoryAuditLog();
  public final InMemoryLedgerRepository ledger = new InMemoryLedgerRepository(audit);
  public final InMemoryControlRepository control = new InMemoryControlRepository();
  public final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
  public final InMemoryTaskQueue queue = new InMemoryTaskQueue();
  public final InMemoryAccountEraser edx = new InMemoryAccountEraser(ServiceName.EDX);
  public final InMemoryAccountEraser sarbacane = new InMemoryAccountEraser(ServiceName.SARBACANE);
  public final InMemoryErasurePlanner planner =
      new InMemoryErasurePlanner(InMemoryErasurePlanner.aPlan("plan-1", List.of()));
  public RunSettings settings =
      new RunSettings(
          RunSettings.defaults(LedgerFixtures.defaultServices()).policy(),
          new BlastRadiusGuard(0.5),
          RunSettings.defaults(LedgerFixtures.defaultServices()).backoff(),
          LedgerFixtures.defaultServices(),
          2,
          Duration.ofMinutes(15),
          Duration.ofDays(1),
          ServiceName.EDX,
          20);

  public Instant now() {
    return clock.instant();
  }

  /** A user last seen six years ago: past the deletion threshold, never warned. */
  public EdxUser addInactiveUser() {
    EdxUser user = EdxUserFixtures.anEdxUser().withLastLogin(ago(Period.ofYears(6))).build();
    directory.add(user);
    return user;
  }

  /** A user last seen six years ago and warned 60 days ago: due for deletion now. */
  public EdxUser addDueUser() {
    EdxUser user = addInactiveUser();
    warnings.record(new Warning(user.id(), 1, ago(Period.ofDays(60))));
    return user;
  }

  /** A user who logged in yesterday. */
  public EdxUser addActiveUser() {
    EdxUser user = EdxUserFixtures.anEdxUser().withLastLogin(ago(Period.ofDays(1))).build();
    directory.add(user);
    return user;
  }

  public Instant ago(Period period) {
    return now().atOffset(java.time.ZoneOffset.UTC).minus(period).toInstant();
  }

  /** Everything a service could have written through a port. Reads (previews) do not count. */
  public record Snapshot(
      List<Warning> warnings,
      List<WarningNotice> sent,
      List<DeletionNotice> deletionNotices,
      List<RunReport> digests,
      List<MorkUser> ledger,
      List<AuditEvent> audit,
      boolean paused,
      Optional<String> acknowledged,
      List<Task> tasks,
      List<UUID> queued,
      List<UUID> cancelled,
      List<ErasureRequest> erased) {}

  public Snapshot snapshot() {
    return new Snapshot(
        warnings.all(),
        notifier.warnings(),
        notifier.deletionNotices(),
        notifier.digests(),
        ledger.search(
            new LedgerQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                LedgerQuery.MAX_LIMIT)),
        audit.all(),
        control.paused(),
        control.acknowledgedPlanFingerprint(),
        tasks.search(new TaskQuery(Optional.empty(), Optional.empty(), 0, 1000)),
        queue.queued(),
        queue.cancelled(),
        List.copyOf(
            java.util.stream.Stream.concat(edx.erased().stream(), sarbacane.erased().stream())
                .toList()));
  }
}

package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusClaim;
import fr.openfun.mork.domain.model.StatusUpdate;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what an eraser answered for one claimed status (package-private, not a use case). Every
 * change goes through the ledger with an action name and a detail free of raw emails. A gate user
 * found gone when claimed again after a lease ran out was erased by the attempt that died: the
 * follow-up of an erasure (warnings cleared, deletion notice) is done then.
 */
final class ApplyErasureService {
  private static final Logger LOG = LoggerFactory.getLogger(ApplyErasureService.class);

  private final LedgerRepository ledger;
  private final WarningRepository warnings;
  private final WarningNotifier notifier;
  private final RunSettings settings;

  ApplyErasureService(
      LedgerRepository ledger,
      WarningRepository warnings,
      WarningNotifier notifier,
      RunSettings settings) {
    this.ledger = ledger;
    this.warnings = warnings;
    this.notifier = notifier;
    this.settings = settings;
  }

  /**
   * What recording one outcome takes: the status change (none for a spared user, withdrawn
   * instead), the outcome's name for the result's counts, and whether the follow-up of a gate
   * erasure is due once the change is recorded.
   */
  record Step(StatusClaim claim, Optional<StatusChange> change, String name, boolean followUp) {
    static Step of(StatusClaim claim, StatusChange change, String name) {
      return new Step(claim, Optional.of(change), name, false);
    }

    Step followedUp() {
      return new Step(claim, change, name, true);
    }

    Step withoutFollowUp() {
      return new Step(claim, change, name, false);
    }
  }

  /**
   * Records the steps of one batch: the status changes of the steps without a follow-up in one
   * ledger transaction; each gate erasure in its own, followed at once by its follow-up (warnings
   * cleared, deletion notice), so that a crash loses at most one notice: a user whose erasure is
   * not recorded yet is found gone when claimed again and followed up then. When the notifier sends
   * no deletion notice there is no notice to lose: the erased users' warnings are cleared first,
   * then every change is recorded in the one transaction (a crash between leaves the warnings
   * cleared and the statuses claimed, found gone and recorded when claimed again). Returns each
   * step's name, {@code conflict} for a change the status no longer allowed.
   */
  List<String> applyAll(List<Step> batch, Instant now) {
    List<Step> steps = batch;
    if (!notifier.sendsDeletionNotices()) {
      List<Long> erased =
          batch.stream().filter(Step::followUp).map(s -> s.claim().user().edxUserId()).toList();
      if (!erased.isEmpty()) {
        warnings.clearAll(erased);
      }
      steps = batch.stream().map(Step::withoutFollowUp).toList();
    }
    List<StatusUpdate> updates = new ArrayList<>();
    for (Step step : steps) {
      if (!step.followUp()) {
        step.change().ifPresent(c -> updates.add(update(step, c)));
      }
    }
    Iterator<Optional<ServiceStatus>> written =
        ledger.changeStatuses(updates, now, ReconcileService.RECONCILER).iterator();
    List<String> names = new ArrayList<>();
    for (Step step : steps) {
      if (step.change().isEmpty()) {
        names.add(step.name());
        continue;
      }
      Optional<ServiceStatus> recorded =
          step.followUp()
              ? ledger
                  .changeStatuses(
                      List.of(update(step, step.change().get())), now, ReconcileService.RECONCILER)
                  .getFirst()
              : written.next();
      if (recorded.isEmpty()) {
        LOG.warn("status of {} changed meanwhile", step.claim().user().id());
        names.add("conflict");
        continue;
      }
      names.add(step.name());
      if (step.followUp()) {
        afterGateErasure(step.claim().user(), now);
      }
    }
    return names;
  }

  private static StatusUpdate update(Step step, StatusChange change) {
    return new StatusUpdate(step.claim().user().id(), step.claim().status().service(), change);
  }

  /** The step that records the outcome (a spared user is withdrawn at once). */
  Step plan(StatusClaim claim, ErasureOutcome outcome, boolean gate, Instant now) {
    MorkUser user = claim.user();
    ServiceStatus before = claim.status();
    return switch (outcome) {
      case ErasureOutcome.Erased e -> {
        Step step =
            Step.of(claim, StatusChange.to(DeletionStatus.DELETED, "erased", rows(e)), "deleted");
        yield gate ? step.followedUp() : step;
      }
      case ErasureOutcome.Accepted a -> {
        yield Step.of(
            claim,
            new StatusChange(
                DeletionStatus.DELETING,
                before.attempts(),
                Optional.empty(),
                Optional.of(now.plus(settings.confirmationTimeout())),
                false,
                "erasure_accepted",
                "awaiting confirmation: " + Pii.scrub(a.detail())),
            "accepted");
      }
      case ErasureOutcome.Protected p -> {
        String detail = "protected by " + String.join(", ", p.tables());
        yield Step.of(
            claim, StatusChange.to(DeletionStatus.PROTECTED, "protected", detail), "protected");
      }
      case ErasureOutcome.NotFound n -> {
        if (gate && before.status() == DeletionStatus.DELETING) {
          // The claim before this one ran out of lease: its worker died, and the user being gone
          // means its erasure committed before the ledger heard of it. Finish what it left undone.
          yield Step.of(
                  claim,
                  StatusChange.to(
                      DeletionStatus.DELETED,
                      "not_found",
                      "not found: erased by an attempt cut off before recording it"),
                  "not_found")
              .followedUp();
        }
        yield Step.of(
            claim, StatusChange.to(DeletionStatus.DELETED, "not_found", "not found"), "not_found");
      }
      case ErasureOutcome.Spared s -> {
        ledger.withdraw(
            user.id(), "spared: " + Pii.scrub(s.reason()), now, ReconcileService.RECONCILER);
        yield new Step(claim, Optional.empty(), "spared", false);
      }
      case ErasureOutcome.Failed f -> {
        int attempts = before.attempts() + 1;
        Instant next =
            f.kind() == FailureKind.PERMANENT
                ? now.plus(settings.backoff().longInterval())
                : settings.backoff().nextAttempt(attempts, now);
        String error = f.kind() + ": " + Pii.scrub(f.reason());
        yield Step.of(
            claim,
            new StatusChange(
                DeletionStatus.TO_DELETE,
                attempts,
                Optional.of(error),
                Optional.of(next),
                false,
                "erase_failed",
                "attempt " + attempts + " failed, next at " + next + ": " + error),
            "failed");
      }
    };
  }

  /** Puts a claim back as it was, without counting an attempt, after the service rejected Mork. */
  Step putBack(StatusClaim claim, String reason) {
    ServiceStatus before = claim.status();
    String error = FailureKind.SERVICE_REJECTED + ": " + Pii.scrub(reason);
    return Step.of(
        claim,
        new StatusChange(
            DeletionStatus.TO_DELETE,
            before.attempts(),
            Optional.of(error),
            before.nextAttemptAt(),
            false,
            "service_rejected",
            "put back unprocessed: " + error),
        "rejected");
  }

  private void afterGateErasure(MorkUser user, Instant now) {
    warnings.clearAll(List.of(user.edxUserId()));
    notifyDeleted(user, now);
  }

  private void notifyDeleted(MorkUser user, Instant now) {
    try {
      notifier.notifyDeleted(new DeletionNotice(user.email(), user.username(), now));
    } catch (RuntimeException e) {
      LOG.warn(
          "deletion notice for ledger user {} not sent: {}",
          user.id(),
          e.getClass().getSimpleName());
    }
  }

  private static String rows(ErasureOutcome.Erased erased) {
    long total = erased.counts().values().stream().mapToLong(Long::longValue).sum();
    return "erased " + total + " rows: " + new TreeMap<>(erased.counts());
  }
}

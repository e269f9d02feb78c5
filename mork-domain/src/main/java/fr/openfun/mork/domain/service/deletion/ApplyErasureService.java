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
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Instant;
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

  /** Applies the outcome; returns its name for the result's counts. */
  String apply(StatusClaim claim, ErasureOutcome outcome, boolean gate, Instant now) {
    MorkUser user = claim.user();
    ServiceStatus before = claim.status();
    return switch (outcome) {
      case ErasureOutcome.Erased e -> {
        change(claim, StatusChange.to(DeletionStatus.DELETED, "erased", rows(e)), now);
        if (gate) {
          afterGateErasure(user, now);
        }
        yield "deleted";
      }
      case ErasureOutcome.Accepted a -> {
        change(
            claim,
            new StatusChange(
                DeletionStatus.DELETING,
                before.attempts(),
                Optional.empty(),
                Optional.of(now.plus(settings.confirmationTimeout())),
                false,
                "erasure_accepted",
                "awaiting confirmation: " + Pii.scrub(a.detail())),
            now);
        yield "accepted";
      }
      case ErasureOutcome.Protected p -> {
        String detail = "protected by " + String.join(", ", p.tables());
        change(claim, StatusChange.to(DeletionStatus.PROTECTED, "protected", detail), now);
        yield "protected";
      }
      case ErasureOutcome.NotFound n -> {
        if (gate && before.status() == DeletionStatus.DELETING) {
          // The claim before this one ran out of lease: its worker died, and the user being gone
          // means its erasure committed before the ledger heard of it. Finish what it left undone.
          change(
              claim,
              StatusChange.to(
                  DeletionStatus.DELETED,
                  "not_found",
                  "not found: erased by an attempt cut off before recording it"),
              now);
          afterGateErasure(user, now);
          yield "not_found";
        }
        change(claim, StatusChange.to(DeletionStatus.DELETED, "not_found", "not found"), now);
        yield "not_found";
      }
      case ErasureOutcome.Spared s -> {
        ledger.withdraw(
            user.id(), "spared: " + Pii.scrub(s.reason()), now, ReconcileService.RECONCILER);
        yield "spared";
      }
      case ErasureOutcome.Failed f -> {
        int attempts = before.attempts() + 1;
        Instant next =
            f.kind() == FailureKind.PERMANENT
                ? now.plus(settings.backoff().longInterval())
                : settings.backoff().nextAttempt(attempts, now);
        String error = f.kind() + ": " + Pii.scrub(f.reason());
        change(
            claim,
            new StatusChange(
                DeletionStatus.TO_DELETE,
                attempts,
                Optional.of(error),
                Optional.of(next),
                false,
                "erase_failed",
                "attempt " + attempts + " failed, next at " + next + ": " + error),
            now);
        yield "failed";
      }
    };
  }

  /** Puts a claim back as it was, without counting an attempt, after the service rejected Mork. */
  String putBack(StatusClaim claim, String reason, Instant now) {
    ServiceStatus before = claim.status();
    String error = FailureKind.SERVICE_REJECTED + ": " + Pii.scrub(reason);
    change(
        claim,
        new StatusChange(
            DeletionStatus.TO_DELETE,
            before.attempts(),
            Optional.of(error),
            before.nextAttemptAt(),
            false,
            "service_rejected",
            "put back unprocessed: " + error),
        now);
    return "rejected";
  }

  private void change(StatusClaim claim, StatusChange change, Instant now) {
    ledger.changeStatus(
        claim.user().id(), claim.status().service(), change, now, ReconcileService.RECONCILER);
  }

  private void afterGateErasure(MorkUser user, Instant now) {
    warnings.clear(user.edxUserId());
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

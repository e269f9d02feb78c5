package fr.openfun.mork.adapter.sarbacane;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.Pii;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link SarbacaneFailure} into a {@code Failed} outcome and logs it, masked. A rejection
 * of Mork's credentials raises one ERROR alert, not one per user, until an erasure succeeds again.
 * Shared by the threads of one batch: its only state is that atomic flag.
 */
final class FailureOutcomes {
  private static final Logger LOG = LoggerFactory.getLogger(SarbacaneAccountEraser.class);
  private final AtomicBoolean rejectionAlerted = new AtomicBoolean();

  /** Sarbacane accepted Mork again: a later rejection alerts anew. */
  void recovered() {
    rejectionAlerted.set(false);
  }

  ErasureOutcome failed(SarbacaneFailure failure, String email) {
    String masked = Pii.maskEmail(email);
    return switch (failure.answer()) {
      case Answer.Rejected r -> rejected(failure, r, masked);
      case Answer.Permanent p -> failed(FailureKind.PERMANENT, failure, p.reason(), masked);
      case Answer.Transient t -> failed(FailureKind.TRANSIENT, failure, t.reason(), masked);
      case Answer.Success s -> failed(FailureKind.TRANSIENT, failure, "unexpected", masked);
      case Answer.Absent a -> failed(FailureKind.TRANSIENT, failure, "unexpected", masked);
    };
  }

  private ErasureOutcome rejected(SarbacaneFailure failure, Answer.Rejected r, String masked) {
    String reason = "Sarbacane rejects Mork (" + failure.getMessage() + ": " + r.reason() + ")";
    if (rejectionAlerted.compareAndSet(false, true)) {
      LOG.error(
          "{}: check MORK_SARBACANE_API_KEY and MORK_SARBACANE_ACCOUNT_ID; erasure from"
              + " Sarbacane stops for every user until this is fixed",
          reason);
    } else {
      LOG.debug("{} for {}", reason, masked);
    }
    return new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, reason);
  }

  private static ErasureOutcome failed(
      FailureKind kind, SarbacaneFailure failure, String why, String masked) {
    String reason = "Sarbacane " + failure.getMessage() + ": " + why;
    LOG.warn("Sarbacane erasure of {} failed ({}): {}", masked, kind, reason);
    return new ErasureOutcome.Failed(kind, reason);
  }
}

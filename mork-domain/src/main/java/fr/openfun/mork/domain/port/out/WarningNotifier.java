package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;

/** Speaks to people: warnings to inactive users, deletion notices, digests to operators. */
public interface WarningNotifier {

  /** Sends one warning; rate limiting and transient retries happen inside. */
  NotificationOutcome warn(WarningNotice notice);

  /**
   * Starts sending one warning, in the background where the notifier can, and holds it just before
   * the server would accept it: nothing reaches the user until {@link StagedWarning#deliver()}. A
   * warn run stages the next warning while it records the previous one. By default nothing is sent
   * ahead: {@code deliver()} is {@link #warn}.
   */
  default StagedWarning stage(WarningNotice notice) {
    return new StagedWarning() {
      @Override
      public NotificationOutcome deliver() {
        return warn(notice);
      }

      @Override
      public void abandon() {
        // nothing was sent
      }
    };
  }

  /**
   * Whether {@link #notifyDeleted} sends anything: false when the operator turned deletion notices
   * off, so that a batch of erasures has no notice to lose and can be recorded at once.
   */
  default boolean sendsDeletionNotices() {
    return true;
  }

  /** Tells a user their account was deleted (if the operator enabled it). */
  NotificationOutcome notifyDeleted(DeletionNotice notice);

  /** Sends the operators a digest of a run (counts, no raw emails). */
  NotificationOutcome sendDigest(RunReport report);
}

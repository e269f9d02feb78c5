package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.NotificationOutcome;

/**
 * A warning sent up to, not including, the step at which the receiving server accepts it (for SMTP
 * the end-of-data dot): until {@link #deliver()} the user has not been warned. Exactly one of
 * {@link #deliver()} or {@link #abandon()} is called, once, by the thread that staged it.
 */
public interface StagedWarning {

  /**
   * Lets the server accept the warning and waits for its answer; transient retries happen inside.
   * Never throws for delivery problems: they are a {@link NotificationOutcome.Failed}.
   */
  NotificationOutcome deliver();

  /** Withdraws the warning: it is never delivered; returns once nothing more can be sent. */
  void abandon();

  /** A warning that staging already settled (e.g. failed): nothing left to send or withdraw. */
  static StagedWarning settled(NotificationOutcome outcome) {
    return new StagedWarning() {
      @Override
      public NotificationOutcome deliver() {
        return outcome;
      }

      @Override
      public void abandon() {
        // nothing was staged
      }
    };
  }
}

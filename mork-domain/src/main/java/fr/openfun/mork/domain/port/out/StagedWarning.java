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
}

package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.port.out.StagedWarning;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** A warning being sent on a staging thread, held by its gate before the end-of-data dot. */
final class StagedMail implements StagedWarning {
  private final DeliveryGate gate;
  private final Future<NotificationOutcome> outcome;

  StagedMail(DeliveryGate gate, Future<NotificationOutcome> outcome) {
    this.gate = gate;
    this.outcome = outcome;
  }

  @Override
  public NotificationOutcome deliver() {
    gate.release();
    return await();
  }

  /** Returns once the staging thread let go of the message (its connection closed). */
  @Override
  public void abandon() {
    gate.abandon();
    await();
  }

  private NotificationOutcome await() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcome.get();
        } catch (InterruptedException e) {
          interrupted = true; // the staging thread holds a connection: wait for it to let go
        } catch (ExecutionException e) {
          return new NotificationOutcome.Failed(
              FailureKind.TRANSIENT,
              "mail delivery failed: " + e.getCause().getClass().getSimpleName());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

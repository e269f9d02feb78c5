package fr.openfun.mork.app.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIGTERM during an operator run: the run stops at its next page boundary, and the JVM waits (up to
 * {@code grace}) for it to return, so no page is cut in half and claims are released.
 */
final class GracefulStop {
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Duration grace;

  GracefulStop(ShutdownHooks hooks, Duration grace) {
    this.grace = grace;
    hooks.register(this::onSignal);
  }

  boolean goOn() {
    return !stopping.get();
  }

  void finished() {
    finished.countDown();
  }

  void onSignal() {
    stopping.set(true);
    try {
      finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

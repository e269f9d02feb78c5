package fr.openfun.mork.adapter.notify.mail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Holds a staged message just before the server would accept it (the SMTP end-of-data dot) until
 * the caller releases or abandons it. Held past {@link #HOLD_LIMIT}, or when the waiting thread is
 * interrupted, it is abandoned: the safe side, the message is then never sent.
 */
final class DeliveryGate {
  /** Well within the data timeouts of SMTP servers (RFC 5321: 10 minutes for the dot's answer). */
  static final Duration HOLD_LIMIT = Duration.ofMinutes(1);

  private enum State {
    HELD,
    RELEASED,
    ABANDONED
  }

  private State state; // guarded by this

  private DeliveryGate(State state) {
    this.state = state;
  }

  /** A gate that waits for {@link #release()} or {@link #abandon()}. */
  static DeliveryGate held() {
    return new DeliveryGate(State.HELD);
  }

  /** A gate already released: the message goes straight through. */
  static DeliveryGate open() {
    return new DeliveryGate(State.RELEASED);
  }

  /** Lets the message be accepted; false if it was already abandoned. */
  synchronized boolean release() {
    if (state == State.HELD) {
      state = State.RELEASED;
      notifyAll();
    }
    return state == State.RELEASED;
  }

  /** Withdraws the message unless it was already released. */
  synchronized void abandon() {
    if (state == State.HELD) {
      state = State.ABANDONED;
      notifyAll();
    }
  }

  synchronized boolean abandoned() {
    return state == State.ABANDONED;
  }

  /** Waits until released (true) or abandoned (false). */
  synchronized boolean awaitRelease() {
    long deadline = System.nanoTime() + HOLD_LIMIT.toNanos();
    while (state == State.HELD) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        state = State.ABANDONED;
        break;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        state = State.ABANDONED;
      }
    }
    return state == State.RELEASED;
  }
}

package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The idle SMTP connections of one transport, most recently used first. A connection idle for more
 * than {@link #CHECK_AFTER} is asked {@code NOOP} before reuse (servers drop idle clients, after 5
 * minutes for Postfix), one idle for more than {@link #IDLE_LIMIT} is closed. At most {@link
 * #MAX_IDLE} are kept: a run sends on one, concurrent senders each borrow their own.
 */
final class Connections {
  static final Duration CHECK_AFTER = Duration.ofSeconds(10);
  static final Duration IDLE_LIMIT = Duration.ofMinutes(2);
  static final int MAX_IDLE = 4;

  /** An open connection and the {@code nanoTime} it was last used. */
  record Connection(GatedSmtpTransport transport, long lastUsed) {}

  private final Deque<Connection> idle = new ArrayDeque<>(); // guarded by this

  /** An open connection no one else uses, if one is idle and still answers. */
  Optional<Connection> borrow() {
    while (true) {
      Connection connection;
      synchronized (this) {
        connection = idle.pollFirst();
      }
      if (connection == null) {
        return Optional.empty();
      }
      long idleFor = System.nanoTime() - connection.lastUsed();
      if (idleFor > IDLE_LIMIT.toNanos()) {
        closeQuietly(connection);
      } else if (idleFor > CHECK_AFTER.toNanos() && !connection.transport().isConnected()) {
        closeQuietly(connection);
      } else {
        return Optional.of(connection);
      }
    }
  }

  /** Gives back a connection that just sent a message. */
  void release(Connection connection) {
    Connection used = new Connection(connection.transport(), System.nanoTime());
    Connection surplus = null;
    synchronized (this) {
      idle.addFirst(used);
      if (idle.size() > MAX_IDLE) {
        surplus = idle.pollLast();
      }
    }
    if (surplus != null) {
      closeQuietly(surplus);
    }
  }

  void closeAll() {
    while (true) {
      Connection connection;
      synchronized (this) {
        connection = idle.pollFirst();
      }
      if (connection == null) {
        return;
      }
      closeQuietly(connection);
    }
  }

  static void closeQuietly(Connection connection) {
    try {
      connection.transport().close();
    } catch (MessagingException | RuntimeException e) {
      // already broken: nothing more to release
    }
  }
}

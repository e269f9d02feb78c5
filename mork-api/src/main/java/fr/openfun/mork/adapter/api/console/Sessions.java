package fr.openfun.mork.adapter.api.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions of this node: ids and CSRF tokens are 256 random bits; a session idle longer
 * than the timeout is removed when next presented (and swept on each sign-in).
 */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration idleTimeout;
  private final Clock clock;

  Sessions(Duration idleTimeout, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  Session open(String keyName) {
    sweep();
    Session session = new Session(token(), keyName, token(), clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  /** The live session of this id, its idle clock restarted; empty if unknown or expired. */
  Optional<Session> touch(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session found = byId.get(id);
    if (found == null) {
      return Optional.empty();
    }
    if (expired(found, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session seen = found.seenAt(now);
    byId.put(id, seen);
    return Optional.of(seen);
  }

  void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  int size() {
    return byId.size();
  }

  private void sweep() {
    Instant now = clock.instant();
    byId.values().removeIf(s -> expired(s, now));
  }

  private boolean expired(Session session, Instant now) {
    return session.lastSeen().plus(idleTimeout).isBefore(now);
  }

  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Constant-time comparison of a presented token with the expected one. */
  static boolean same(String expected, String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}

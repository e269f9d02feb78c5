package fr.openfun.mork.adapter.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final Sessions sessions = new Sessions(Duration.ofMinutes(30), clock);

  @Test
  void givenTwoSessions_open_givesEachRandomDistinctIdsAndTokens() {
    Session a = sessions.open("ops");
    Session b = sessions.open("ops");

    assertThat(a.id()).hasSize(43).isNotEqualTo(b.id()).isNotEqualTo(a.csrf());
    assertThat(a.csrf()).isNotEqualTo(b.csrf());
    assertThat(a.actor().name()).isEqualTo("console:ops");
  }

  @Test
  void givenUseWithinTheTimeout_touch_keepsTheSessionAlive() {
    Session s = sessions.open("ops");

    clock.advance(Duration.ofMinutes(29));
    sessions.touch(s.id());
    clock.advance(Duration.ofMinutes(29));

    assertThat(sessions.touch(s.id())).isPresent();
  }

  @Test
  void givenIdlePastTheTimeout_touch_endsTheSession() {
    Session s = sessions.open("ops");

    clock.advance(Duration.ofMinutes(31));

    assertThat(sessions.touch(s.id())).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void givenAClosedOrUnknownId_touch_findsNothing() {
    Session s = sessions.open("ops");

    sessions.close(s.id());

    assertThat(sessions.touch(s.id())).isEmpty();
    assertThat(sessions.touch("forged")).isEmpty();
    assertThat(sessions.touch(null)).isEmpty();
  }

  @Test
  void givenTokens_same_comparesExactly() {
    assertThat(Sessions.same("abc", "abc")).isTrue();
    assertThat(Sessions.same("abc", "abd")).isFalse();
    assertThat(Sessions.same("abc", null)).isFalse();
    assertThat(Sessions.same("abc", "")).isFalse();
  }
}

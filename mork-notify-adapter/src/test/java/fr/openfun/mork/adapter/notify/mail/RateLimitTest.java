package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void givenPerMinuteSyntax_parse_givesPermitsPerMinute() {
    String value = "100/m";

    RateLimit limit = RateLimit.parse(value);

    assertThat(limit).isEqualTo(new RateLimit(100, Duration.ofMinutes(1)));
  }

  @Test
  void givenSecondsAndHours_parse_givesMatchingPeriods() {
    String perSecond = "5/s";
    String perHour = " 3600 / h ";

    RateLimit second = RateLimit.parse(perSecond);
    RateLimit hour = RateLimit.parse(perHour);

    assertThat(second).isEqualTo(new RateLimit(5, Duration.ofSeconds(1)));
    assertThat(hour).isEqualTo(new RateLimit(3600, Duration.ofHours(1)));
  }

  @Test
  void givenUnknownUnit_parse_throwsNamingTheSyntax() {
    String value = "100/d";

    var thrown = assertThatThrownBy(() -> RateLimit.parse(value));

    thrown.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N/s, N/m or N/h");
  }

  @Test
  void givenZeroPermits_parse_throws() {
    String value = "0/m";

    var thrown = assertThatThrownBy(() -> RateLimit.parse(value));

    thrown.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permits");
  }
}

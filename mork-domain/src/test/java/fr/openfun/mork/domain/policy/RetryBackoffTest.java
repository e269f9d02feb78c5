package fr.openfun.mork.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  @Test
  void givenDefaults_delayAfter_doublesFromOneMinute() {
    RetryBackoff backoff = RetryBackoff.defaults();

    var delays = IntStream.rangeClosed(1, 5).mapToObj(backoff::delayAfter).toList();

    assertThat(delays)
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(16));
  }

  @Test
  void givenFastGrowth_delayAfter_isCappedAtMax() {
    RetryBackoff backoff =
        new RetryBackoff(Duration.ofMinutes(1), 10, Duration.ofMinutes(30), 5, Duration.ofDays(1));

    Duration delay = backoff.delayAfter(3);

    assertThat(delay).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void givenQuickRetriesSpent_delayAfter_isTheLongIntervalForEver() {
    RetryBackoff backoff = RetryBackoff.defaults();

    var delays = IntStream.of(6, 7, 1000).mapToObj(backoff::delayAfter).toList();

    assertThat(delays).containsOnly(Duration.ofDays(1));
  }
}

package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PermitPacerTest {
  private static final long MS = 1_000_000;
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  private final AtomicLong clock = new AtomicLong(1_000 * MS);

  private PermitPacer pacer(String rate) {
    return new PermitPacer(RateLimit.parse(rate), clock::get);
  }

  private long reserve(PermitPacer pacer) {
    return pacer.reserve(FIVE_MINUTES).orElseThrow() - clock.get();
  }

  @Test
  void givenTenPerSecond_reserveFourAtOnce_spacesThemByATenthOfASecond() {
    PermitPacer pacer = pacer("10/s");

    List<Long> waits = List.of(reserve(pacer), reserve(pacer), reserve(pacer), reserve(pacer));

    assertThat(waits).containsExactly(0L, 100 * MS, 200 * MS, 300 * MS);
  }

  @Test
  void givenCallerWakingThreeMillisecondsLateEachTime_reserve_doesNotDrift() {
    PermitPacer pacer = pacer("200/s");
    long start = clock.get();
    long last = 0;

    for (int i = 0; i < 1000; i++) {
      long permit = pacer.reserve(FIVE_MINUTES).orElseThrow();
      clock.set(Math.max(clock.get(), permit) + (i % 2 == 0 ? 3 * MS : 0));
      last = permit;
    }

    assertThat(last - start).isEqualTo(999 * 5 * MS);
  }

  @Test
  void givenCallerOneSecondBehind_reserve_catchesUpATenthOfThePermitsAtMost() {
    PermitPacer pacer = pacer("100/s");
    reserve(pacer);
    clock.addAndGet(1_000 * MS);

    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waits.add(reserve(pacer));
    }

    assertThat(waits.subList(0, 10)).containsOnly(0L);
    assertThat(waits.subList(10, 12)).containsExactly(10 * MS, 20 * MS);
  }

  @Test
  void givenPermitFurtherThanTheMaximumWait_reserve_reservesNothing() {
    PermitPacer pacer = pacer("1/s");
    reserve(pacer);

    OptionalLong tooFar = pacer.reserve(Duration.ofMillis(500));
    clock.addAndGet(1_000 * MS);

    assertThat(tooFar).isEmpty();
    assertThat(reserve(pacer)).isZero();
  }

  @Test
  void givenFiftyPerSecond_acquireTen_takesNineIntervalsOfRealTime() {
    PermitPacer pacer = new PermitPacer(RateLimit.parse("50/s"));
    long start = System.nanoTime();

    for (int i = 0; i < 10; i++) {
      assertThat(pacer.acquire(FIVE_MINUTES)).isTrue();
    }

    assertThat(System.nanoTime() - start).isBetween(180 * MS, 1_000 * MS);
  }
}

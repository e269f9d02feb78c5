package fr.openfun.mork.adapter.sarbacane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestPacerTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void givenBurstAtTenPerSecond_acquire_spacesRequestsByATenthOfASecond() throws Exception {
    RequestPacer pacer = new RequestPacer(10, nanos::get, sleeper);

    pacer.acquire();
    pacer.acquire();
    pacer.acquire();

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void givenRequestsFurtherApartThanTheInterval_acquire_neverWaits() throws Exception {
    RequestPacer pacer = new RequestPacer(10, nanos::get, sleeper);

    pacer.acquire();
    nanos.addAndGet(Duration.ofMillis(150).toNanos());
    pacer.acquire();

    assertThat(sleeper.waits()).isEmpty();
  }
}

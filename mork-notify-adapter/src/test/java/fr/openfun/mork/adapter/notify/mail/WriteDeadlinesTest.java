package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteDeadlinesTest {
  private final WriteDeadlines deadlines = new WriteDeadlines(Duration.ofMillis(10));

  @Test
  void givenTaskDueIn50Milliseconds_schedule_runsItOnceDue() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    long start = System.nanoTime();

    deadlines.schedule(ran::countDown, 50, TimeUnit.MILLISECONDS);

    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(50_000_000L);
  }

  @Test
  void givenCancelledTask_schedule_neverRunsIt() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    ScheduledFuture<?> task = deadlines.schedule(runs::incrementAndGet, 20, TimeUnit.MILLISECONDS);

    boolean cancelled = task.cancel(true);

    Thread.sleep(200);
    assertThat(cancelled).isTrue();
    assertThat(runs).hasValue(0);
  }

  /** Angus reads a refused cancel as "the timeout fired" and fails the write. */
  @Test
  void givenTaskThatRan_cancel_answersFalse() throws Exception {
    ScheduledFuture<String> task = deadlines.schedule(() -> "closed", 1, TimeUnit.MILLISECONDS);
    assertThat(task.get(5, TimeUnit.SECONDS)).isEqualTo("closed");

    boolean cancelled = task.cancel(true);

    assertThat(cancelled).isFalse();
  }

  @Test
  void givenShutdown_schedule_isRejected() {
    deadlines.shutdownNow();

    var thrown = assertThatThrownBy(() -> deadlines.schedule(() -> {}, 1, TimeUnit.SECONDS));

    thrown.isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void givenThirtySecondTimeout_forTimeout_checksEverySecond() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    WriteDeadlines coarse = WriteDeadlines.forTimeout(Duration.ofSeconds(30));
    long start = System.nanoTime();

    coarse.schedule(ran::countDown, 0, TimeUnit.MILLISECONDS);

    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isBetween(900_000_000L, 3_000_000_000L);
  }
}

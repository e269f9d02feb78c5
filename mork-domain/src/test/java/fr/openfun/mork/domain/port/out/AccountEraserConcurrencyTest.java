package fr.openfun.mork.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.testing.InMemoryAccountEraser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link AccountEraser#eraseConcurrently}, on a fake whose erasures take time. */
class AccountEraserConcurrencyTest {
  private static final ErasureOutcome REJECTED =
      new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "API_KEY_UNAUTHORIZED");
  private static final ErasureOutcome INTERRUPTED =
      new ErasureOutcome.Failed(FailureKind.TRANSIENT, "interrupted while erasing");

  private static List<ErasureRequest> requests(int count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            id ->
                new ErasureRequest(
                    UUID.randomUUID(),
                    id,
                    "learner" + id,
                    "learner" + id + "@example.org",
                    DeletionReason.GDPR,
                    Instant.parse("2026-01-15T10:00:00Z"),
                    Optional.empty()))
        .toList();
  }

  private static ErasureOutcome erased(ErasureRequest request) {
    return new ErasureOutcome.Erased(Map.of("id", request.edxUserId()));
  }

  /** Sleeps {@code millis}; an interruption answers {@link #INTERRUPTED}, as the adapters do. */
  private static Optional<ErasureOutcome> pause(long millis) {
    try {
      Thread.sleep(millis);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(INTERRUPTED);
    }
  }

  private static long liveWorkers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("mork-erase-"))
        .count();
  }

  @Test
  void givenLaterUsersFinishingFirst_eraseConcurrently_answersOutcomesInRequestOrder() {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(r -> pause(60 - 5 * r.edxUserId()).orElse(erased(r)));
    List<ErasureRequest> requests = requests(10);

    List<ErasureOutcome> outcomes = AccountEraser.eraseConcurrently(eraser, requests, 4);

    assertThat(outcomes).containsExactlyElementsOf(requests.stream().map(r -> erased(r)).toList());
  }

  @Test
  void givenConcurrencyThree_eraseConcurrently_runsThreeUsersAtOnceAndNeverMore() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(
                r -> {
                  maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  pause(30);
                  inFlight.decrementAndGet();
                  return erased(r);
                });

    List<ErasureOutcome> outcomes = AccountEraser.eraseConcurrently(eraser, requests(24), 3);

    assertThat(outcomes).hasSize(24).allMatch(o -> o instanceof ErasureOutcome.Erased);
    assertThat(maxInFlight).hasValue(3);
  }

  @Test
  void givenABatch_eraseConcurrently_returnsOnlyOnceEveryThreadItStartedHasEnded() {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(r -> pause(10).orElse(erased(r)));

    AccountEraser.eraseConcurrently(eraser, requests(16), 8);

    assertThat(liveWorkers()).isZero();
  }

  @Test
  void givenTheServiceRejectingMork_eraseConcurrently_startsNoUserAfterItAndAnswersTheRejection() {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(r -> r.edxUserId() == 1 ? REJECTED : pause(500).orElse(erased(r)));

    List<ErasureOutcome> outcomes = AccountEraser.eraseConcurrently(eraser, requests(10), 2);

    // user 2 may have been started alongside user 1: it then finishes and keeps its own outcome
    assertThat(eraser.erased()).hasSizeLessThanOrEqualTo(2);
    assertThat(outcomes.get(0)).isEqualTo(REJECTED);
    assertThat(outcomes.subList(2, 10)).containsOnly(REJECTED);
  }

  @Test
  void givenTheCallerInterrupted_eraseConcurrently_interruptsUsersInFlightAndStartsNoOther()
      throws InterruptedException {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(r -> pause(10_000).orElse(erased(r)));
    AtomicReference<List<ErasureOutcome>> outcomes = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        Thread.ofPlatform()
            .start(
                () -> {
                  outcomes.set(AccountEraser.eraseConcurrently(eraser, requests(6), 2));
                  stillInterrupted.set(Thread.currentThread().isInterrupted());
                });
    while (eraser.erased().size() < 2) {
      Thread.onSpinWait();
    }

    caller.interrupt();
    caller.join(5_000);

    var notStarted =
        new ErasureOutcome.Failed(FailureKind.TRANSIENT, "sarbacane: interrupted before erasing");
    assertThat(outcomes.get())
        .containsExactly(INTERRUPTED, INTERRUPTED, notStarted, notStarted, notStarted, notStarted);
    assertThat(stillInterrupted).isTrue();
    assertThat(liveWorkers()).isZero();
  }

  @Test
  void givenAnEraserThatThrows_eraseConcurrently_rethrowsOnceTheOtherUsersEnded() {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(
                r -> {
                  if (r.edxUserId() == 3) {
                    throw new IllegalStateException("broken");
                  }
                  return pause(20).orElse(erased(r));
                });

    assertThatThrownBy(() -> AccountEraser.eraseConcurrently(eraser, requests(8), 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken");
    assertThat(liveWorkers()).isZero();
  }

  @Test
  void givenConcurrencyZero_eraseConcurrently_isRefused() {
    var eraser = new InMemoryAccountEraser(ServiceName.SARBACANE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AccountEraser.eraseConcurrently(eraser, requests(2), 0))
        .withMessageContaining("concurrency");
  }
}

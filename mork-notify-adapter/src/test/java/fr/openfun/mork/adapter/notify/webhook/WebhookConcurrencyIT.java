package fr.openfun.mork.adapter.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code eraseAll} with several events in flight, against a real HTTP receiver. */
class WebhookConcurrencyIT {
  private static final String SECRET = "s3cr3t-webhook-key-0123456789";

  private WebhookReceiver receiver;

  @AfterEach
  void stop() {
    receiver.close();
  }

  private WebhookAccountEraser eraser(int concurrency) {
    var settings =
        new WebhookSettings(
            ServiceName.of("joanie"),
            receiver.uri("/hooks/mork"),
            SECRET,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            1,
            Duration.ofMillis(50),
            false,
            concurrency);
    return new WebhookAccountEraser(settings, Clock.systemUTC());
  }

  private static List<ErasureRequest> users(int count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            id ->
                new ErasureRequest(
                    UUID.randomUUID(),
                    id,
                    "learner" + id,
                    "learner" + id + "@example.org",
                    DeletionReason.GDPR,
                    Instant.parse("2026-01-02T03:04:05Z"),
                    Optional.empty()))
        .toList();
  }

  @Test
  void givenConcurrencyThree_eraseAll_hasThreeEventsInFlightAtOnceAndNeverMore() throws Exception {
    receiver = new WebhookReceiver(202).holding(100);

    List<ErasureOutcome> outcomes = eraser(3).eraseAll(users(12));

    assertThat(outcomes)
        .hasSize(12)
        .containsOnly(new ErasureOutcome.Accepted("webhook answered HTTP 202"));
    assertThat(receiver.received()).hasSize(12);
    assertThat(receiver.maxInFlight()).isEqualTo(3);
  }

  @Test
  void givenConcurrencyOne_eraseAll_sendsOneEventAtATime() throws Exception {
    receiver = new WebhookReceiver(202).holding(30);

    eraser(1).eraseAll(users(6));

    assertThat(receiver.received()).hasSize(6);
    assertThat(receiver.maxInFlight()).isEqualTo(1);
  }

  @Test
  void givenAServiceRejectingMork_eraseAll_sendsNoFurtherEventAndAnswersTheRejection()
      throws Exception {
    receiver = new WebhookReceiver(401).holding(50);

    List<ErasureOutcome> outcomes = eraser(4).eraseAll(users(20));

    assertThat(outcomes)
        .hasSize(20)
        .containsOnly(
            new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "webhook answered HTTP 401"));
    assertThat(receiver.received()).hasSizeBetween(1, 4);
  }

  @Test
  void givenUsersInFlightTogether_eraseAll_sendsEachUsersOwnEvent() throws Exception {
    receiver = new WebhookReceiver(202).holding(20);
    List<ErasureRequest> users = users(16);

    eraser(8).eraseAll(users);

    assertThat(receiver.received())
        .extracting(r -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
        .hasSize(16)
        .allMatch(
            body -> users.stream().filter(u -> body.contains(u.ledgerId().toString())).count() == 1)
        .doesNotHaveDuplicates();
  }
}

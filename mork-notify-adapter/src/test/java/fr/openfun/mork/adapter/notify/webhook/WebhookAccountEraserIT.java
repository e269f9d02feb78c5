package fr.openfun.mork.adapter.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WebhookAccountEraserIT {

  private static final String SECRET = "s3cr3t-webhook-key-0123456789";
  private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
  private static final ErasureRequest REQUEST =
      new ErasureRequest(
          UUID.fromString("0b9a3b5e-8c1f-4f0e-9a53-3c1f2a7d9e10"),
          1234,
          "jean.dupont",
          "jean.dupont@example.org",
          DeletionReason.GDPR,
          Instant.parse("2026-01-02T03:04:05Z"),
          Optional.empty());

  private WebhookReceiver receiver;

  @AfterEach
  void stop() {
    receiver.close();
  }

  private WebhookAccountEraser eraser(boolean confirm) {
    var settings =
        new WebhookSettings(
            ServiceName.of("joanie"),
            receiver.uri("/hooks/mork"),
            SECRET,
            Duration.ofSeconds(2),
            Duration.ofMillis(500),
            3,
            Duration.ofMillis(50),
            confirm,
            1);
    return new WebhookAccountEraser(settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void givenReceiver_erase_sendsEventWhoseSignatureVerifies() throws Exception {
    receiver = new WebhookReceiver(202);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    WebhookReceiver.Received got = receiver.received().getFirst();
    String header = got.header("X-Mork-Signature");
    String timestamp = header.substring(2, header.indexOf(','));
    String expected = WebhookSignature.hmacHex(SECRET, Long.parseLong(timestamp), got.body());
    JsonNode event = new ObjectMapper().readTree(got.body());
    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(header).isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + expected);
    assertThat(event.get("type").asText()).isEqualTo("user.deletion_requested");
    assertThat(event.get("ledger_id").asText()).isEqualTo(REQUEST.ledgerId().toString());
    assertThat(event.get("edx_user_id").asLong()).isEqualTo(1234);
    assertThat(event.get("email").asText()).isEqualTo("jean.dupont@example.org");
    assertThat(event.get("reason").asText()).isEqualTo("gdpr");
    assertThat(event.get("requested_at").asText()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void givenConfirmOption_erase_answersErased() throws Exception {
    receiver = new WebhookReceiver(200);

    ErasureOutcome outcome = eraser(true).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
  }

  @Test
  void givenServerErrorThenSuccess_erase_retriesAndIsAccepted() throws Exception {
    receiver = new WebhookReceiver(500, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void givenPersistentServerError_erase_stopsAfterMaxAttemptsAsTransient() throws Exception {
    receiver = new WebhookReceiver(503);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome)
        .isEqualTo(new ErasureOutcome.Failed(FailureKind.TRANSIENT, "webhook answered HTTP 503"));
    assertThat(receiver.received()).hasSize(3);
  }

  @Test
  void givenTimeoutThenSuccess_erase_retriesAndIsAccepted() throws Exception {
    receiver = new WebhookReceiver(-1500, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void givenRequestTimeout408ThenSuccess_erase_retries() throws Exception {
    receiver = new WebhookReceiver(408, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void givenTooManyRequestsThenSuccess_erase_retries() throws Exception {
    receiver = new WebhookReceiver(429, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(receiver.received()).hasSize(2);
  }

  @Test
  void givenBadRequest_erase_failsPermanentlyWithoutRetry() throws Exception {
    receiver = new WebhookReceiver(400, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome)
        .isEqualTo(new ErasureOutcome.Failed(FailureKind.PERMANENT, "webhook answered HTTP 400"));
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void givenUnauthorized_erase_isServiceRejectedWithoutRetry() throws Exception {
    receiver = new WebhookReceiver(401, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "webhook answered HTTP 401"));
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void givenRedirect_erase_doesNotFollowItAndFails() throws Exception {
    receiver = new WebhookReceiver(302, 200);

    ErasureOutcome outcome = eraser(false).erase(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Failed.class);
    assertThat(receiver.received())
        .extracting(WebhookReceiver.Received::path)
        .containsExactly("/hooks/mork");
  }

  @Test
  void givenPreview_preview_makesNoHttpCall() throws Exception {
    receiver = new WebhookReceiver(200);

    ErasureOutcome outcome = eraser(false).preview(REQUEST);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void givenDebugLogging_erase_neverLogsSecretEmailOrUsername() throws Exception {
    receiver = new WebhookReceiver(500, 200);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    ch.qos.logback.classic.Level before = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.TRACE);

    try {
      eraser(false).erase(REQUEST);
    } finally {
      root.setLevel(before);
      root.detachAppender(logs);
    }

    assertThat(logs.list).isNotEmpty();
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.contains(SECRET) || m.contains("jean.dupont"));
  }
}

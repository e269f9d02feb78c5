package fr.openfun.mork.adapter.sarbacane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerClassifierTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  private static Answer classify(int status, String body) {
    return AnswerClassifier.classify(status, body, Optional.empty(), CLOCK);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204})
  void given2xx_classify_isSuccess(int status) {
    String body = "[]";

    Answer answer = classify(status, body);

    assertThat(answer).isEqualTo(new Answer.Success("[]"));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 500})
  void givenNoContactsVersionsMessage_classify_isAbsentWhateverTheStatus(int status) {
    String body = "{\"message\":\"No contacts versions to delete\"}";

    Answer answer = classify(status, body);

    assertThat(answer).isEqualTo(new Answer.Absent());
  }

  @Test
  void givenServiceUnreachable404_classify_isTransientNotAbsent() {
    String body = "{\"message\":\"SERVICE_CONTACTS_UNREACHABLE\"}";

    Answer answer = classify(404, body);

    assertThat(answer).isEqualTo(new Answer.Transient("HTTP 404 SERVICE_CONTACTS_UNREACHABLE"));
  }

  @Test
  void givenLockNotAcquired500_classify_isTransient() {
    String body = "{\"message\":\"FAILED TO ACQUIRE LOCK\"}";

    Answer answer = classify(500, body);

    assertThat(answer).isEqualTo(new Answer.Transient("HTTP 500 FAILED TO ACQUIRE LOCK"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NEED_ACCOUNT_ID", "NEED_API_KEY", "API_KEY_UNAUTHORIZED"})
  void givenCredentialCodeOn400Or401_classify_isRejected(String code) {
    String body = "{\"code\":\"" + code + "\"}";

    Answer on400 = classify(400, body);
    Answer on401 = classify(401, body);

    assertThat(on400).isEqualTo(new Answer.Rejected("HTTP 400 " + code));
    assertThat(on401).isEqualTo(new Answer.Rejected("HTTP 401 " + code));
  }

  @Test
  void givenOther400_classify_isPermanent() {
    String body = "{\"message\":\"INVALID_EMAIL\"}";

    Answer answer = classify(400, body);

    assertThat(answer).isEqualTo(new Answer.Permanent("HTTP 400 INVALID_EMAIL"));
  }

  @Test
  void given429WithSeconds_classify_isTransientWithThatWait() {
    Optional<String> header = Optional.of("7");

    Answer answer = AnswerClassifier.classify(429, "", header, CLOCK);

    assertThat(answer)
        .isEqualTo(new Answer.Transient("HTTP 429", Optional.of(Duration.ofSeconds(7))));
  }

  @Test
  void givenRetryAfterAsHttpDate_retryAfter_isTheTimeUntilThatDate() {
    String header = "Sun, 01 Mar 2026 10:00:30 GMT";

    Optional<Duration> wait = AnswerClassifier.retryAfter(header, CLOCK);

    assertThat(wait).contains(Duration.ofSeconds(30));
  }

  @Test
  void givenUnreadableRetryAfter_retryAfter_isEmpty() {
    String header = "soon";

    Optional<Duration> wait = AnswerClassifier.retryAfter(header, CLOCK);

    assertThat(wait).isEmpty();
  }

  @Test
  void givenNonJson503_classify_isTransientWithItsCode() {
    String body = "SERVICE UNAVAILABLE";

    Answer answer = classify(503, body);

    assertThat(answer).isEqualTo(new Answer.Transient("HTTP 503 SERVICE UNAVAILABLE"));
  }

  @Test
  void givenBodyEchoingTheEmail_classify_keepsItOutOfTheReason() {
    String body = "{\"message\":\"Contact jane@example.org is locked\"}";

    Answer answer = classify(409, body);

    assertThat(answer).isEqualTo(new Answer.Permanent("HTTP 409"));
  }
}

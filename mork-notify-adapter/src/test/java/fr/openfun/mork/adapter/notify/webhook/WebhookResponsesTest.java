package fr.openfun.mork.adapter.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookResponsesTest {

  @ParameterizedTest
  @CsvSource({
    "500, true",
    "503, true",
    "408, true",
    "429, true",
    "400, false",
    "401, false",
    "404, false",
    "302, false",
    "200, false"
  })
  void givenStatus_attempt_isRetriedOnlyForServerErrorsTimeoutAndTooMany(
      int status, boolean retry) {
    int code = status;

    WebhookResponses.Attempt attempt = WebhookResponses.Attempt.status(code);

    assertThat(attempt.retryable()).isEqualTo(retry);
  }

  @ParameterizedTest
  @CsvSource({
    "400, PERMANENT", "404, PERMANENT", "422, PERMANENT", "401, SERVICE_REJECTED",
    "403, SERVICE_REJECTED", "301, SERVICE_REJECTED", "500, TRANSIENT", "429, TRANSIENT"
  })
  void givenFinalStatus_outcome_failsWithKind(int status, FailureKind kind) {
    WebhookResponses.Attempt last = WebhookResponses.Attempt.status(status);

    ErasureOutcome outcome = WebhookResponses.outcome(last, false);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class, f -> assertThat(f.kind()).isEqualTo(kind));
  }

  @Test
  void given2xxAndConfirmOption_outcome_isErased() {
    WebhookResponses.Attempt last = WebhookResponses.Attempt.status(204);

    ErasureOutcome outcome = WebhookResponses.outcome(last, true);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
  }

  @Test
  void given2xxWithoutConfirmOption_outcome_isAccepted() {
    WebhookResponses.Attempt last = WebhookResponses.Attempt.status(202);

    ErasureOutcome outcome = WebhookResponses.outcome(last, false);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Accepted.class);
  }
}

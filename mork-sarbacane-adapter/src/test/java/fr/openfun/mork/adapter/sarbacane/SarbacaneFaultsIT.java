package fr.openfun.mork.adapter.sarbacane;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.EMAIL;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.json;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SarbacaneFaultsIT {
  private static final ErasureOutcome ONE_LIST =
      new ErasureOutcome.Erased(Map.of("lists", 1L, "unsubscribers", 0L, "complaints", 0L));
  private final SarbacaneStub stub = new SarbacaneStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  /** One list whose DELETE first answers {@code fault}, then 200; suppression lists kept. */
  private ErasureOutcome eraseAfterOnce(ResponseDefinitionBuilder fault) {
    stub.pages("/lists", List.of(List.of("l1")));
    String path = "/lists/l1/contacts";
    stub.server.stubFor(
        delete(urlPathEqualTo(path))
            .inScenario("fault")
            .whenScenarioStateIs(STARTED)
            .willReturn(fault)
            .willSetStateTo("recovered"));
    stub.server.stubFor(
        delete(urlPathEqualTo(path))
            .inScenario("fault")
            .whenScenarioStateIs("recovered")
            .willReturn(json(200, "{}")));
    return stub.eraser(stub.settings(true, 3)).erase(request(EMAIL));
  }

  private ErasureOutcome eraseWhenListsAnswer(ResponseDefinitionBuilder answer, int attempts) {
    stub.server.stubFor(get(urlPathEqualTo("/lists")).willReturn(answer));
    return stub.eraser(stub.settings(true, attempts)).erase(request(EMAIL));
  }

  @Test
  void givenServiceUnreachableThenSuccess_erase_retriesAndErases() {
    ResponseDefinitionBuilder unreachable =
        json(404, "{\"message\":\"SERVICE_LISTS_UNREACHABLE\"}");

    ErasureOutcome outcome = eraseAfterOnce(unreachable);

    assertThat(outcome).isEqualTo(ONE_LIST);
    stub.server.verify(2, deleteRequestedFor(urlPathEqualTo("/lists/l1/contacts")));
  }

  @Test
  void givenLockNotAcquiredThenSuccess_erase_retriesAndErases() {
    ResponseDefinitionBuilder locked = json(500, "{\"message\":\"FAILED TO ACQUIRE LOCK\"}");

    ErasureOutcome outcome = eraseAfterOnce(locked);

    assertThat(outcome).isEqualTo(ONE_LIST);
    assertThat(stub.sleeper.waits()).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void givenTooManyRequestsWithRetryAfter_erase_waitsThatLongThenErases() {
    ResponseDefinitionBuilder limited = json(429, "{}").withHeader("Retry-After", "3");

    ErasureOutcome outcome = eraseAfterOnce(limited);

    assertThat(outcome).isEqualTo(ONE_LIST);
    assertThat(stub.sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void givenRetryAfterBeyondMaxRetryWait_erase_failsTransientWithoutWaiting() {
    ResponseDefinitionBuilder limited = json(429, "{}").withHeader("Retry-After", "120");

    ErasureOutcome outcome = eraseWhenListsAnswer(limited, 3);

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Failed(FailureKind.TRANSIENT, "Sarbacane GET /lists: HTTP 429"));
    assertThat(stub.sleeper.waits()).isEmpty();
    stub.server.verify(1, getRequestedFor(urlPathEqualTo("/lists")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NEED_ACCOUNT_ID", "NEED_API_KEY", "API_KEY_UNAUTHORIZED"})
  void givenUnauthorizedCode_erase_failsServiceRejectedWithoutRetry(String code) {
    ResponseDefinitionBuilder unauthorized = json(401, "{\"message\":\"" + code + "\"}");

    ErasureOutcome outcome = eraseWhenListsAnswer(unauthorized, 3);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            failed -> {
              assertThat(failed.kind()).isEqualTo(FailureKind.SERVICE_REJECTED);
              assertThat(failed.reason()).contains("HTTP 401 " + code);
            });
    stub.server.verify(1, getRequestedFor(urlPathEqualTo("/lists")));
  }

  @Test
  void givenBadRequestWithCredentialCode_erase_failsServiceRejected() {
    ResponseDefinitionBuilder badRequest = json(400, "{\"code\":\"NEED_API_KEY\"}");

    ErasureOutcome outcome = eraseWhenListsAnswer(badRequest, 3);

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Failed(
                FailureKind.SERVICE_REJECTED,
                "Sarbacane rejects Mork (GET /lists: HTTP 400 NEED_API_KEY)"));
  }

  @Test
  void givenSlowAnswer_erase_failsTransientAfterTheReadTimeout() {
    ResponseDefinitionBuilder slow = json(200, "[]").withFixedDelay(2_500);

    ErasureOutcome outcome = eraseWhenListsAnswer(slow, 1);

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Failed(
                FailureKind.TRANSIENT, "Sarbacane GET /lists: timeout (HttpTimeoutException)"));
  }

  @Test
  void givenConnectionReset_erase_failsTransientAfterEveryAttempt() {
    ResponseDefinitionBuilder reset = aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);

    ErasureOutcome outcome = eraseWhenListsAnswer(reset, 3);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            failed -> {
              assertThat(failed.kind()).isEqualTo(FailureKind.TRANSIENT);
              assertThat(failed.reason()).startsWith("Sarbacane GET /lists: connection failed");
            });
    assertThat(stub.sleeper.waits())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void givenMalformedJson_erase_failsTransient() {
    ResponseDefinitionBuilder malformed = json(200, "[{\"id\": \"l1\"");

    ErasureOutcome outcome = eraseWhenListsAnswer(malformed, 3);

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Failed(
                FailureKind.TRANSIENT, "Sarbacane GET /lists: malformed JSON"));
  }

  @Test
  void givenBareNotFoundOnDelete_erase_failsTransientAndListsAgainNextTime() {
    stub.pages("/lists", List.of(List.of("l1")));
    stub.server.stubFor(delete(urlPathEqualTo("/lists/l1/contacts")).willReturn(json(404, "")));
    SarbacaneAccountEraser eraser = stub.eraser(stub.settings(true, 1));

    ErasureOutcome first = eraser.erase(request(EMAIL));
    eraser.erase(request(EMAIL));

    assertThat(first)
        .isEqualTo(
            new ErasureOutcome.Failed(
                FailureKind.TRANSIENT, "Sarbacane DELETE /lists/{id}/contacts: HTTP 404"));
    stub.server.verify(2, getRequestedFor(urlPathEqualTo("/lists")));
  }
}

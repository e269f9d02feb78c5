package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.METRICS;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /metrics} for a stock Prometheus: a metrics-only key, presented as a Bearer token. */
class MetricsAccessIT {
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAMetricsKeyAsBearerToken_metrics_answersPrometheusText() {

    HttpResponse<String> response =
        server.getWithHeaders("/metrics", "Authorization", "Bearer " + METRICS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("mork_up 1.0\n");
  }

  @Test
  void givenAMetricsKeyAsXApiKey_metrics_answersPrometheusText() {

    HttpResponse<String> response = server.get("/metrics", METRICS);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void givenAnAdminKeyAsBearerToken_metrics_answersPrometheusText() {

    HttpResponse<String> response =
        server.getWithHeaders("/metrics", "Authorization", "bearer " + ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/v1/tasks",
    "OPTIONS,/v1/tasks",
    "GET,/v1/tasks",
    "GET,/v1/tasks/x",
    "DELETE,/v1/tasks/x",
    "GET,/v1/tasks/x/status",
    "POST,/v1/tasks/x/approve",
    "GET,/v1/users",
    "GET,/v1/users/x",
    "GET,/v1/users/x/history",
    "GET,/v1/users/x/status/edx",
    "PATCH,/v1/users/x/status/edx",
    "POST,/v1/users/x/status/edx/retry",
    "POST,/v1/users/x/status/edx/skip",
    "GET,/v1/edx/plan",
    "POST,/v1/edx/plan/acknowledge",
    "GET,/v1/pause",
    "POST,/v1/pause",
    "DELETE,/v1/pause"
  })
  void givenAMetricsKey_anyOtherProtectedRoute_answers403AndDoesNothing(
      String method, String path) {

    HttpResponse<String> response = server.send(method, path, METRICS, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(tree(response.body()).path("detail").asText())
        .isEqualTo("This API key is not allowed to do this");
    assertThat(server.tasks.submitted).isEmpty();
    assertThat(server.controlCalls).isEmpty();
    assertThat(server.ledger.calls).isEmpty();
  }

  @Test
  void givenAMetricsKeyAsBearerToken_anAdminRoute_answers403() {

    HttpResponse<String> response =
        server.getWithHeaders("/v1/tasks", "Authorization", "Bearer " + METRICS);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void givenAServiceKey_metrics_answers403() {

    HttpResponse<String> response =
        server.getWithHeaders("/metrics", "Authorization", "Bearer " + ApiServer.JOANIE);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void givenNoKey_metrics_answers401NotAuthenticated() {

    HttpResponse<String> response = server.getWithHeaders("/metrics");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response.body()).path("detail").asText()).startsWith("Not authenticated");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer ", "Bearer", "Basic " + METRICS, METRICS, "Token " + METRICS})
  void givenAnAuthorizationThatIsNoBearerToken_metrics_answers401(String authorization) {

    HttpResponse<String> response =
        server.getWithHeaders("/metrics", "Authorization", authorization);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void givenAWrongXApiKeyAndTheRightBearerToken_metrics_answers401() {

    HttpResponse<String> response =
        server.getWithHeaders(
            "/metrics", "X-API-Key", "wrong", "Authorization", "Bearer " + METRICS);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Invalid API key\"}"));
  }

  @Test
  void givenAnAdminKeyAsBearerToken_anAdminRoute_answers200() {

    HttpResponse<String> response =
        server.getWithHeaders("/v1/pause", "Authorization", "Bearer " + ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
  }
}

package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The management port: metrics and heartbeats without a key, nothing else. */
class ManagementServerIT {
  private final Map<String, Boolean> health = new java.util.TreeMap<>(Map.of("database", true));
  private final ManagementServer server =
      new ManagementServer(() -> health, () -> "mork_up 1.0\n").start("127.0.0.1", 0);
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void givenNoKey_metrics_answersPrometheusText() throws Exception {

    HttpResponse<String> response = send("GET", "/metrics", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain");
    assertThat(response.body()).isEqualTo("mork_up 1.0\n");
  }

  @Test
  void givenNoKey_heartbeats_answerAsOnTheApiPort() throws Exception {
    health.put("edx", false);

    HttpResponse<String> lb = send("GET", "/__lbheartbeat__", null);
    HttpResponse<String> heartbeat = send("GET", "/__heartbeat__", null);

    assertThat(lb.statusCode()).isEqualTo(200);
    assertThat(heartbeat.statusCode()).isEqualTo(500);
    assertThat(tree(heartbeat.body())).isEqualTo(tree("{\"database\":\"ok\",\"edx\":\"error\"}"));
  }

  @ParameterizedTest
  @CsvSource({
    "GET,/v1/users",
    "GET,/v1/tasks",
    "POST,/v1/tasks",
    "POST,/v1/pause",
    "GET,/v1/edx/plan",
    "GET,/openapi.json",
    "GET,/docs",
    "GET,/console"
  })
  void givenAnyOtherRoute_evenWithAKey_answers404(String method, String path) throws Exception {

    HttpResponse<String> response = send(method, path, ApiServer.ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(tree(response.body()).path("detail").asText()).isEqualTo("Not Found");
  }

  @Test
  void givenAnotherMethodOnMetrics_request_answers405() throws Exception {

    HttpResponse<String> response = send("POST", "/metrics", null);

    assertThat(response.statusCode()).isEqualTo(405);
  }

  private HttpResponse<String> send(String method, String path, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, BodyPublishers.noBody());
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }
}

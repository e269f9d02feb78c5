package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole node on the embedded defaults scraped as a stock Prometheus does: a metrics key sent as
 * {@code Authorization: Bearer}, or the management port without a key.
 */
class MetricsScrapeIT {
  private static final String ADMIN = "scrape-it-admin-key";
  private static final String METRICS = "scrape-it-prometheus-key";
  @TempDir Path dataDir;
  private final int port = E2eServers.freePort();
  private final int managementPort = E2eServers.freePort();
  private final HttpClient client = HttpClient.newHttpClient();
  private MorkApplication app;

  @BeforeEach
  void start() {
    Map<String, String> env =
        Map.of(
            "MORK_DATA_DIR",
            dataDir.toString(),
            "MORK_API_KEYS",
            "ops=" + ADMIN,
            "MORK_METRICS_API_KEYS",
            "prometheus=" + METRICS,
            "MORK_API_SERVER_PORT",
            String.valueOf(port),
            "MORK_MANAGEMENT_PORT",
            String.valueOf(managementPort),
            "MORK_HTTP_BIND_ADDRESS",
            "127.0.0.1");
    app = new MorkApplication(MorkConfigLoader.load(env), Clock.systemUTC());
    app.lifecycle().start(RunMode.API);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void givenTheMetricsKeyAsBearerToken_scrape_parsesAsPrometheusTextWithMorkMeters() {

    HttpResponse<String> scrape = get(port, "/metrics", "Authorization", "Bearer " + METRICS);

    assertThat(scrape.statusCode()).isEqualTo(200);
    List<PrometheusText.Sample> samples = PrometheusText.parse(scrape.body());
    assertThat(samples)
        .extracting(PrometheusText.Sample::name)
        .contains("mork_ledger_statuses", "hikaricp_connections_active", "jvm_memory_used_bytes");
    assertThat(samples)
        .allSatisfy(s -> assertThat(s.labels()).containsEntry("application", "mork"));
  }

  @Test
  void givenTheMetricsKey_anAdminRoute_answers403() {

    HttpResponse<String> tasks = get(port, "/v1/tasks", "Authorization", "Bearer " + METRICS);
    HttpResponse<String> users = get(port, "/v1/users", "X-API-Key", METRICS);

    assertThat(tasks.statusCode()).isEqualTo(403);
    assertThat(users.statusCode()).isEqualTo(403);
  }

  @Test
  void givenTheAdminKey_scrape_stillAnswers200() {

    HttpResponse<String> scrape = get(port, "/metrics", "X-API-Key", ADMIN);

    assertThat(scrape.statusCode()).isEqualTo(200);
  }

  @Test
  void givenNoKey_scrapeOnTheApiPort_answers401() {

    HttpResponse<String> scrape = get(port, "/metrics");

    assertThat(scrape.statusCode()).isEqualTo(401);
  }

  @Test
  void givenTheManagementPort_scrapeWithoutKey_parsesAsPrometheusText() {

    HttpResponse<String> scrape = get(managementPort, "/metrics");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(PrometheusText.parse(scrape.body()))
        .extracting(PrometheusText.Sample::name)
        .contains("mork_ledger_statuses");
  }

  @Test
  void givenTheManagementPort_heartbeatsAnswerAndTheApiIsNotThere() {

    HttpResponse<String> heartbeat = get(managementPort, "/__heartbeat__");
    HttpResponse<String> users = get(managementPort, "/v1/users", "X-API-Key", ADMIN);
    HttpResponse<String> docs = get(managementPort, "/docs");

    assertThat(heartbeat.statusCode()).isEqualTo(200);
    assertThat(users.statusCode()).isEqualTo(404);
    assertThat(docs.statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(int to, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

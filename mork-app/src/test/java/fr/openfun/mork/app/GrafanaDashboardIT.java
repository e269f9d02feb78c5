package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard cannot drift from what Mork exports: a whole node on the embedded demo runs a real
 * deletion (task run, reconciler erasures, deletion notices), then every metric and label the
 * dashboard queries must be in its real {@code /metrics} scrape.
 */
class GrafanaDashboardIT {
  private static final String KEY = "dashboard-it-admin-key";
  @TempDir Path dataDir;
  private MorkApplication app;
  private HttpProbe http;

  @BeforeEach
  void start() {
    int port = E2eServers.freePort();
    MorkConfig config =
        MorkConfigLoader.load(
            Map.of(
                "MORK_DATA_DIR",
                dataDir.toString(),
                "MORK_API_KEYS",
                "ops=" + KEY,
                "MORK_API_SERVER_PORT",
                String.valueOf(port),
                "MORK_HTTP_BIND_ADDRESS",
                "127.0.0.1",
                "MORK_RECONCILE_INTERVAL",
                "PT1S"));
    app = new MorkApplication(config, Clock.systemUTC());
    app.lifecycle().start(RunMode.ALL);
    http = new HttpProbe(port);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void givenARealDeletionRun_everyMetricAndLabelTheDashboardQueries_isInTheScrape()
      throws InterruptedException {
    String created =
        http.post("/v1/tasks", KEY, "{\"type\":\"delete_inactive_users\",\"dry_run\":false}")
            .body();
    String taskId = field(created, "id");
    // Micrometer registers jvm_gc_pause_seconds on the first collection it is told of; a short run
    // may have none, so one is asked for (its notification arrives asynchronously: awaited below).
    System.gc();
    List<PrometheusText.Sample> samples =
        awaitScrapeWith(
            taskId,
            "mork_erasures_total",
            "mork_emails_total",
            "mork_task_runs_total",
            "jvm_gc_pause_seconds_sum");
    Map<String, Set<String>> labelsByMetric = new HashMap<>();
    samples.forEach(
        s ->
            labelsByMetric
                .computeIfAbsent(s.name(), n -> new HashSet<>())
                .addAll(s.labels().keySet()));

    SoftAssertions drift = new SoftAssertions();
    for (String expression : DashboardQueries.expressions(DashboardQueries.dashboard())) {
      Set<String> metrics = DashboardQueries.metrics(expression);
      Set<String> labels = new HashSet<>();
      metrics.forEach(m -> labels.addAll(labelsByMetric.getOrDefault(m, Set.of())));

      drift.assertThat(metrics).as(expression).isNotEmpty();
      drift.assertThat(labelsByMetric.keySet()).as(expression).containsAll(metrics);
      drift.assertThat(labels).as(expression).containsAll(DashboardQueries.labels(expression));
    }
    drift.assertAll();
  }

  private List<PrometheusText.Sample> awaitScrapeWith(String taskId, String... names)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    List<PrometheusText.Sample> samples = List.of();
    while (Instant.now().isBefore(deadline)) {
      http.get("/v1/tasks/" + taskId, KEY);
      samples = PrometheusText.parse(http.get("/metrics", KEY).body());
      Set<String> present = new HashSet<>();
      samples.forEach(s -> present.add(s.name()));
      if (present.containsAll(List.of(names))) {
        return samples;
      }
      Thread.sleep(500);
    }
    return samples;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as("field %s in %s", name, json).isTrue();
    return m.group(1);
  }
}

package fr.openfun.mork.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.openfun.mork.app.config.MorkConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Helm is not installable here (no Debian package), so the chart is checked as text and YAML: the
 * objects each template declares, probes, ports, hooks, and that every value a template reads
 * exists in values.yaml.
 */
class HelmChartTest {
  private static final Path CHART = Path.of("..", "charts", "mork");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void givenChartYaml_read_declaresAnApplicationChartV2() throws IOException {
    Map<String, Object> chart = yaml("Chart.yaml");

    assertThat(chart).containsEntry("apiVersion", "v2").containsEntry("name", "mork");
  }

  @Test
  void givenTheTemplates_read_declareTheExpectedKinds() throws IOException {
    Map<String, String> templates = templates();

    assertThat(kind(templates.get("deployment-api.yaml"))).isEqualTo("Deployment");
    assertThat(kind(templates.get("deployment-worker.yaml"))).isEqualTo("Deployment");
    assertThat(kind(templates.get("job-migrate.yaml"))).isEqualTo("Job");
    assertThat(kind(templates.get("service.yaml"))).isEqualTo("Service");
    assertThat(kind(templates.get("ingress.yaml"))).isEqualTo("Ingress");
    assertThat(kind(templates.get("configmap.yaml"))).isEqualTo("ConfigMap");
    assertThat(kind(templates.get("hpa.yaml"))).isEqualTo("HorizontalPodAutoscaler");
    assertThat(kind(templates.get("servicemonitor.yaml"))).isEqualTo("ServiceMonitor");
    assertThat(kind(templates.get("service-metrics.yaml"))).isEqualTo("Service");
    assertThat(kind(templates.get("configmap-dashboard.yaml"))).isEqualTo("ConfigMap");
  }

  @Test
  void givenTheValues_read_leaveTheServiceMonitorTheDashboardAndTheManagementPortOff()
      throws IOException {
    Map<String, Object> values = yaml("values.yaml");

    assertThat(value(values, "metrics.serviceMonitor.enabled")).isEqualTo(false);
    assertThat(value(values, "metrics.dashboard.enabled")).isEqualTo(false);
    assertThat(value(values, "metrics.managementPort")).isEqualTo(0);
    assertThat(value(values, "metrics.dashboard.labels.grafana_dashboard")).isEqualTo("1");
  }

  @Test
  void givenTheServiceMonitor_read_scrapesWithABearerTokenOrTheManagementPort() throws IOException {
    String monitor = templates().get("servicemonitor.yaml");

    assertThat(monitor)
        .startsWith("{{- if .Values.metrics.serviceMonitor.enabled }}")
        .contains("apiVersion: monitoring.coreos.com/v1")
        .contains("- port: http", "type: Bearer", "credentials:")
        .contains("- port: management")
        .contains("path: /metrics")
        .contains("app.kubernetes.io/component: metrics");
  }

  @Test
  void givenTheBearerToken_read_isTheSecretKeyThePodsReadAsMetricsKeys() throws IOException {
    Map<String, Object> values = yaml("values.yaml");

    assertThat(value(values, "metrics.serviceMonitor.bearerTokenSecret.key"))
        .isEqualTo(value(values, "secrets.keys.MORK_METRICS_API_KEYS"));
    assertThat(value(values, "secrets.optional")).asList().contains("MORK_METRICS_API_KEYS");
  }

  @Test
  void givenTheMetricsService_read_isHeadlessOverApiAndWorkerPods() throws IOException {
    String service = templates().get("service-metrics.yaml");

    assertThat(service)
        .contains("clusterIP: None", "app.kubernetes.io/component: metrics")
        .contains("targetPort: http", "targetPort: management")
        .doesNotContain("mork.selector");
  }

  @Test
  void givenAManagementPort_read_theDeploymentsExposeItAndTheConfigMapSetsIt() throws IOException {
    Map<String, String> templates = templates();

    for (String mode : List.of("api", "worker")) {
      assertThat(templates.get("deployment-" + mode + ".yaml"))
          .contains("- name: management", "containerPort: {{ .Values.metrics.managementPort }}");
    }
    assertThat(templates.get("configmap.yaml"))
        .contains("MORK_MANAGEMENT_PORT: {{ .Values.metrics.managementPort | quote }}");
  }

  @Test
  void givenTheDashboardConfigMap_read_embedsTheDashboardFileOfTheChart() throws IOException {
    String configMap = templates().get("configmap-dashboard.yaml");

    assertThat(configMap).contains("{{ .Files.Get \"dashboards/mork.json\" | indent 4 }}");
    assertThat(new ObjectMapper().readTree(CHART.resolve("dashboards/mork.json").toFile()))
        .isNotNull();
  }

  @Test
  void givenTheDeployments_read_runApiAndWorkerWithHeartbeatProbes() throws IOException {
    Map<String, String> templates = templates();

    for (String mode : List.of("api", "worker")) {
      assertThat(templates.get("deployment-" + mode + ".yaml"))
          .contains("args: [\"" + mode + "\"]")
          .contains("livenessProbe:", "path: {{ .Values.probes.liveness.path }}")
          .contains("readinessProbe:", "path: {{ .Values.probes.readiness.path }}")
          .contains("containerPort: {{ .Values.service.port }}")
          .contains("mork.antiAffinity");
    }
  }

  @Test
  void givenTheValues_read_probeTheHeartbeatsOnPort8100() throws IOException {
    Map<String, Object> values = yaml("values.yaml");

    assertThat(value(values, "probes.liveness.path")).isEqualTo("/__lbheartbeat__");
    assertThat(value(values, "probes.readiness.path")).isEqualTo("/__heartbeat__");
    assertThat(value(values, "service.port")).isEqualTo(8100);
  }

  @Test
  void givenTheMigrationJob_read_isAPreInstallAndPreUpgradeHookRunningMigrate() throws IOException {
    String job = templates().get("job-migrate.yaml");

    assertThat(job)
        .contains("\"helm.sh/hook\": pre-install,pre-upgrade")
        .contains("\"helm.sh/hook-delete-policy\"")
        .contains("args: [\"migrate\"]")
        .contains("restartPolicy: Never");
  }

  @Test
  void givenTheValues_read_leaveSchedulesOffAndTheHpaDisabled() throws IOException {
    Map<String, Object> values = yaml("values.yaml");

    assertThat(value(values, "schedule.warnCron")).isEqualTo("");
    assertThat(value(values, "schedule.deleteCron")).isEqualTo("");
    assertThat(value(values, "schedule.deleteDryRun")).isEqualTo(true);
    assertThat(value(values, "api.autoscaling.enabled")).isEqualTo(false);
  }

  @Test
  void givenTheTemplates_read_referenceOnlyValuesThatExist() throws IOException {
    Map<String, Object> values = yaml("values.yaml");
    Pattern reference = Pattern.compile("\\$?\\.Values\\.([A-Za-z0-9_.]+)");

    for (Map.Entry<String, String> template : templates().entrySet()) {
      Matcher matcher = reference.matcher(template.getValue());
      while (matcher.find()) {
        String path = matcher.group(1).replaceAll("\\.$", "");
        assertThat(value(values, path)).as(template.getKey() + " reads " + path).isNotNull();
      }
    }
  }

  @Test
  void givenTheTemplates_read_balanceTheirBlocks() throws IOException {
    Pattern open = Pattern.compile("\\{\\{-?\\s*(if|range|with|define)\\b");
    Pattern end = Pattern.compile("\\{\\{-?\\s*end\\b");

    for (Map.Entry<String, String> template : templates().entrySet()) {
      String text = template.getValue();

      assertThat(open.matcher(text).results().count())
          .as(template.getKey())
          .isEqualTo(end.matcher(text).results().count());
      assertThat(text.split("\\{\\{", -1).length).isEqualTo(text.split("}}", -1).length);
    }
  }

  @Test
  void givenTheValuesConfigAndSecrets_load_makeAValidMorkConfiguration() throws IOException {
    Map<String, Object> values = yaml("values.yaml");
    Map<String, String> environment = new HashMap<>();
    ((Map<?, ?>) values.get("config")).forEach((k, v) -> environment.put((String) k, v.toString()));
    ((Map<?, ?>) value(values, "secrets.keys"))
        .keySet()
        .forEach(k -> environment.put((String) k, "a-secret-value-long-enough-for-hmac-keys-" + k));
    environment.put("MORK_SERVICE_API_KEYS", "joanie=joanie-key");

    var config = MorkConfigLoader.load(environment);

    assertThat(config.embedded()).isFalse();
    assertThat(config.warnings()).isEmpty();
  }

  private static String kind(String template) {
    Matcher matcher = Pattern.compile("(?m)^kind: (\\w+)$").matcher(template);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static Object value(Map<String, Object> values, String path) {
    Object current = values;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String file) throws IOException {
    return YAML.readValue(CHART.resolve(file).toFile(), Map.class);
  }

  private static Map<String, String> templates() throws IOException {
    Map<String, String> templates = new HashMap<>();
    try (Stream<Path> files = Files.list(CHART.resolve("templates"))) {
      for (Path file : files.toList()) {
        templates.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return templates;
  }
}

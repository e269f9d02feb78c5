package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.ApiKeys;
import fr.openfun.mork.adapter.api.ApiSettings;
import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.Secret;
import fr.openfun.mork.app.config.ServiceConfig;
import fr.openfun.mork.domain.model.ServiceName;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The REST API's use cases and settings: named admin, per-service and metrics keys, metrics. */
final class ApiWiring {
  private ApiWiring() {}

  static ApiUseCases useCases(DomainServices services) {
    return new ApiUseCases(
        services.submitTask(),
        services.getTasks(),
        services.manageTasks(),
        services.getLedger(),
        services.updateStatus(),
        services.control(),
        services.explainPlan(),
        services.checkHealth());
  }

  static ApiSettings settings(MorkConfig config, PrometheusMeterRegistry metrics) {
    Map<ServiceName, String> serviceKeys = new TreeMap<>();
    config.apiKeys().serviceKeys().forEach((service, key) -> serviceKeys.put(service, key.value()));
    Map<String, String> metricsKeys = new TreeMap<>();
    config.apiKeys().metricsKeys().forEach((name, key) -> metricsKeys.put(name, key.value()));
    return ApiSettings.of(adminKeys(config))
        .withServiceKeys(serviceKeys)
        .withServices(
            config.services().stream().map(ServiceConfig::name).collect(Collectors.toSet()))
        .withMetrics(metrics::scrape)
        .withRequestListener(new HttpTimings(metrics))
        .withMetricsKeys(metricsKeys);
  }

  /** Named keys as {@code MORK_API_KEYS} spells them, or {@code demo} for a generated key. */
  static Map<String, String> adminKeys(MorkConfig config) {
    String raw = config.variables().getOrDefault("MORK_API_KEYS", "");
    if (!raw.isBlank()) {
      return ApiKeys.parse(raw);
    }
    List<Secret> keys = config.apiKeys().keys();
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String name = config.apiKeys().generated() ? "demo" : "api-key-" + (i + 1);
      named.put(keys.size() == 1 ? name : name + "-" + (i + 1), keys.get(i).value());
    }
    return named;
  }
}

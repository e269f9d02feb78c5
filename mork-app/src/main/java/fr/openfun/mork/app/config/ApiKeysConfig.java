package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.model.ServiceName;
import java.util.List;
import java.util.Map;

/**
 * Operator API keys ({@code MORK_API_KEYS}; {@code generated} when none was configured and a demo
 * key was drawn at start), per-service keys ({@code MORK_SERVICE_API_KEYS}) that may only update
 * their own service's statuses, and metrics keys by name ({@code MORK_METRICS_API_KEYS}) that may
 * only read {@code /metrics}.
 */
public record ApiKeysConfig(
    List<Secret> keys,
    boolean generated,
    Map<ServiceName, Secret> serviceKeys,
    Map<String, Secret> metricsKeys) {
  public ApiKeysConfig {
    keys = List.copyOf(keys);
    serviceKeys = Map.copyOf(serviceKeys);
    metricsKeys = Map.copyOf(metricsKeys);
  }
}

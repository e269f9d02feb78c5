package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the API needs besides its use cases.
 *
 * @param adminKeys admin API keys by name (the name is the audited actor); may do everything
 * @param serviceKeys one key per pull service: reads the ledger, PATCHes only its own statuses
 * @param services the configured services; path and query values outside it are rejected (422).
 *     Empty accepts any well-formed service name.
 * @param maxBodyBytes larger request bodies get 413
 * @param metrics Prometheus text for {@code GET /metrics} (404 when absent)
 * @param requestListener told of every answered request (route, status, duration), for metrics
 * @param metricsKeys keys by name that may read {@code /metrics} and nothing else (a scraper's)
 */
public record ApiSettings(
    Map<String, String> adminKeys,
    Map<ServiceName, String> serviceKeys,
    Set<ServiceName> services,
    int maxBodyBytes,
    Optional<Supplier<String>> metrics,
    RequestListener requestListener,
    Map<String, String> metricsKeys) {

  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public ApiSettings {
    adminKeys = Map.copyOf(adminKeys);
    serviceKeys = Map.copyOf(serviceKeys);
    services = Set.copyOf(services);
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(requestListener, "requestListener");
    metricsKeys = Map.copyOf(metricsKeys);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1024, was " + maxBodyBytes);
    }
    Map<String, String> admins = adminKeys;
    Map<ServiceName, String> servicesKeys = serviceKeys;
    admins.forEach(
        (name, key) -> {
          Actor.of(name);
          if (key.isBlank()) {
            throw new IllegalArgumentException("API key '" + name + "' is blank");
          }
        });
    serviceKeys.forEach(
        (service, key) -> {
          if (key.isBlank()) {
            throw new IllegalArgumentException("API key of service '" + service + "' is blank");
          }
          if (admins.containsKey(service.value())) {
            throw new IllegalArgumentException(
                "'" + service + "' names both an admin key and a service key");
          }
        });
    metricsKeys.forEach(
        (name, key) -> {
          Actor.of(name);
          if (key.isBlank()) {
            throw new IllegalArgumentException("metrics key '" + name + "' is blank");
          }
          if (admins.containsValue(key) || servicesKeys.containsValue(key)) {
            throw new IllegalArgumentException("metrics key '" + name + "' is also another key");
          }
        });
  }

  /** Admin keys only, every configured service accepted, default body limit, no metrics. */
  public static ApiSettings of(Map<String, String> adminKeys) {
    return new ApiSettings(
        adminKeys,
        Map.of(),
        Set.of(),
        DEFAULT_MAX_BODY_BYTES,
        Optional.empty(),
        RequestListener.NONE,
        Map.of());
  }

  public ApiSettings withServiceKeys(Map<ServiceName, String> keys) {
    return new ApiSettings(
        adminKeys, keys, services, maxBodyBytes, metrics, requestListener, metricsKeys);
  }

  public ApiSettings withServices(Set<ServiceName> configured) {
    return new ApiSettings(
        adminKeys, serviceKeys, configured, maxBodyBytes, metrics, requestListener, metricsKeys);
  }

  public ApiSettings withMaxBodyBytes(int bytes) {
    return new ApiSettings(
        adminKeys, serviceKeys, services, bytes, metrics, requestListener, metricsKeys);
  }

  public ApiSettings withMetrics(Supplier<String> scrape) {
    return new ApiSettings(
        adminKeys,
        serviceKeys,
        services,
        maxBodyBytes,
        Optional.of(scrape),
        requestListener,
        metricsKeys);
  }

  public ApiSettings withRequestListener(RequestListener listener) {
    return new ApiSettings(
        adminKeys, serviceKeys, services, maxBodyBytes, metrics, listener, metricsKeys);
  }

  /** Adds keys (by name) allowed to read {@code /metrics} only: give one to Prometheus. */
  public ApiSettings withMetricsKeys(Map<String, String> keys) {
    return new ApiSettings(
        adminKeys, serviceKeys, services, maxBodyBytes, metrics, requestListener, keys);
  }
}

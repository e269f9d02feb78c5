package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.model.ServiceName;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads Sarbacane, the services list, webhooks and API keys. */
final class ServicesSection {
  static final String ORIGINAL_DEFAULT_KEY = "APIKeyToBeChanged";

  private ServicesSection() {}

  static SarbacaneConfig sarbacane(Settings s) {
    boolean urlPresent = s.source().isPresent("MORK_SARBACANE_API_URL");
    String url =
        s.string("MORK_SARBACANE_API_URL", urlPresent ? "" : "https://sarbacaneapis.com/v1");
    Secret key = s.secret("MORK_SARBACANE_API_KEY", "");
    Secret account = s.secret("MORK_SARBACANE_ACCOUNT_ID", "");
    boolean credentials = usable(key) && usable(account);
    if (!url.isEmpty() && !url.startsWith("http://") && !url.startsWith("https://")) {
      s.problem("MORK_SARBACANE_API_URL: '" + url + "' is not an http(s) URL (empty disables)");
    }
    if (credentials != (usable(key) || usable(account))) {
      s.problem("MORK_SARBACANE_API_KEY and MORK_SARBACANE_ACCOUNT_ID: set both, or neither");
    }
    return new SarbacaneConfig(!url.isEmpty() && credentials, url, key, account);
  }

  static List<ServiceConfig> services(Settings s, SarbacaneConfig sarbacane) {
    List<String> names = s.list("MORK_SERVICES");
    if (names.isEmpty()) {
      names =
          sarbacane.enabled()
              ? List.of("edx", "sarbacane", "joanie", "ashley")
              : List.of("edx", "joanie", "ashley");
      s.rememberDerived("MORK_SERVICES", String.join(",", names));
    }
    Set<ServiceName> seen = new LinkedHashSet<>();
    for (String name : names) {
      try {
        seen.add(ServiceName.of(name.toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        s.problem("MORK_SERVICES: " + e.getMessage());
      }
    }
    if (!seen.contains(ServiceName.EDX)) {
      s.problem("MORK_SERVICES: must include edx (the identity provider Mork erases from)");
    }
    if (seen.contains(ServiceName.SARBACANE) && !sarbacane.enabled()) {
      s.problem(
          "MORK_SERVICES: lists sarbacane but MORK_SARBACANE_API_URL, MORK_SARBACANE_API_KEY and"
              + " MORK_SARBACANE_ACCOUNT_ID are not all set");
    }
    List<ServiceConfig> services = new ArrayList<>();
    for (ServiceName name : seen) {
      services.add(service(s, name));
    }
    return services;
  }

  private static ServiceConfig service(Settings s, ServiceName name) {
    if (name.equals(ServiceName.EDX) || name.equals(ServiceName.SARBACANE)) {
      return new ServiceConfig(
          name, ServiceConfig.Mode.BUILT_IN, Optional.empty(), Optional.empty(), 1);
    }
    String prefix = "MORK_WEBHOOK_" + name.value().toUpperCase(Locale.ROOT).replace('-', '_');
    Optional<String> url = s.optional(prefix + "_URL");
    Secret secret = s.secret(prefix + "_SECRET", "");
    if (url.isEmpty()) {
      return new ServiceConfig(
          name, ServiceConfig.Mode.PULL, Optional.empty(), Optional.empty(), 1);
    }
    URI uri = URI.create("http://invalid");
    try {
      uri = URI.create(url.get());
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new IllegalArgumentException("scheme");
      }
    } catch (IllegalArgumentException e) {
      s.problem(prefix + "_URL: '" + url.get() + "' is not an http(s) URL");
    }
    if (secret.value().length() < 16) {
      s.problem(prefix + "_SECRET: required with " + prefix + "_URL (at least 16 characters)");
    }
    // the webhook adapter's default and bounds (WebhookSettings), read here with the URL and secret
    int concurrency = s.integer(prefix + "_CONCURRENCY", 8, 1, 64);
    return new ServiceConfig(
        name, ServiceConfig.Mode.WEBHOOK, Optional.of(uri), Optional.of(secret), concurrency);
  }

  static ApiKeysConfig apiKeys(Settings s, List<ServiceConfig> services) {
    List<Secret> keys = s.list("MORK_API_KEYS").stream().map(Secret::of).toList();
    s.remember("MORK_API_KEYS", String.join(",", keys.stream().map(Secret::masked).toList()), true);
    boolean generated = keys.isEmpty();
    if (generated) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      keys = List.of(Secret.of("demo-" + HexFormat.of().formatHex(random)));
      s.rememberDerived("MORK_API_KEYS", "generated demo key " + keys.get(0).masked());
    }
    if (keys.stream().anyMatch(k -> k.value().equals(ORIGINAL_DEFAULT_KEY))) {
      s.warning(
          "MORK_API_KEYS still holds the original default key "
              + ORIGINAL_DEFAULT_KEY
              + ": change it");
    }
    Map<ServiceName, Secret> serviceKeys = serviceKeys(s, services);
    List<Secret> others = new ArrayList<>(keys);
    others.addAll(serviceKeys.values());
    return new ApiKeysConfig(keys, generated, serviceKeys, metricsKeys(s, others));
  }

  /**
   * {@code MORK_METRICS_API_KEYS}: keys that may read {@code /metrics} only, {@code name=key} or a
   * bare key (named {@code metrics-1}, {@code metrics-2}...), as a list.
   */
  private static Map<String, Secret> metricsKeys(Settings s, List<Secret> others) {
    Map<String, Secret> keys = new LinkedHashMap<>();
    for (String item : s.list("MORK_METRICS_API_KEYS")) {
      int equals = item.indexOf('=');
      String name = equals > 0 ? item.substring(0, equals).strip() : "metrics-" + (keys.size() + 1);
      Secret key = Secret.of(equals > 0 ? item.substring(equals + 1).strip() : item.strip());
      if (key.isEmpty() || name.contains("@") || keys.containsKey(name)) {
        s.problem("MORK_METRICS_API_KEYS: expected keys or name=key pairs, each name once");
      } else if (others.contains(key) || keys.containsValue(key)) {
        s.problem("MORK_METRICS_API_KEYS: '" + name + "' repeats a key given to another holder");
      } else {
        keys.put(name, key);
      }
    }
    s.remember(
        "MORK_METRICS_API_KEYS",
        String.join(
            ",",
            keys.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().masked()).toList()),
        true);
    return keys;
  }

  /** {@code MORK_SERVICE_API_KEYS}: {@code service=key} pairs, comma separated. */
  private static Map<ServiceName, Secret> serviceKeys(Settings s, List<ServiceConfig> services) {
    Map<ServiceName, Secret> keys = new LinkedHashMap<>();
    List<String> pairs = s.list("MORK_SERVICE_API_KEYS");
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      String name = equals > 0 ? pair.substring(0, equals).strip() : "";
      Optional<ServiceConfig> service =
          services.stream().filter(c -> c.name().value().equals(name)).findFirst();
      if (equals <= 0 || pair.substring(equals + 1).isBlank()) {
        s.problem("MORK_SERVICE_API_KEYS: expected service=key pairs separated by commas");
      } else if (service.isEmpty()) {
        s.problem("MORK_SERVICE_API_KEYS: '" + name + "' is not a service of MORK_SERVICES");
      } else {
        keys.put(service.get().name(), Secret.of(pair.substring(equals + 1).strip()));
      }
    }
    s.remember(
        "MORK_SERVICE_API_KEYS",
        String.join(
            ",",
            keys.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().masked()).toList()),
        true);
    return keys;
  }

  private static boolean usable(Secret secret) {
    return !secret.isEmpty() && !secret.value().equals("ToBeChanged");
  }
}

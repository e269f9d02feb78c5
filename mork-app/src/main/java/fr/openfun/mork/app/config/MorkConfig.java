package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration, read once at start by {@link MorkConfigLoader} and validated. {@code
 * warnings} lists accepted but ignored or suspicious settings; {@code effective} is what {@code
 * mork config} prints (secrets masked); {@code variables} are the merged raw {@code MORK_*} values
 * for adapters that read their own tuning variables.
 */
public record MorkConfig(
    RunMode runMode,
    Path dataDir,
    HttpConfig http,
    ApiKeysConfig apiKeys,
    PolicyConfig policy,
    EdxConfig edx,
    StoreConfig store,
    EmailConfig email,
    SarbacaneConfig sarbacane,
    List<ServiceConfig> services,
    ScheduleConfig schedule,
    PiiConfig pii,
    ObservabilityConfig observability,
    ConsoleConfig console,
    List<String> warnings,
    List<ConfigEntry> effective,
    Map<String, String> variables) {

  public MorkConfig {
    Objects.requireNonNull(runMode, "runMode");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(edx, "edx");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(sarbacane, "sarbacane");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(pii, "pii");
    Objects.requireNonNull(observability, "observability");
    Objects.requireNonNull(console, "console");
    services = List.copyOf(services);
    warnings = List.copyOf(warnings);
    effective = List.copyOf(effective);
    variables = Map.copyOf(variables);
  }

  /** True when nothing external is configured: embedded store and demo edX. */
  public boolean embedded() {
    return edx.demo() && store.kind() == StoreConfig.Kind.H2;
  }

  @Override
  public String toString() {
    return "MorkConfig" + ConfigPrinter.render(effective);
  }
}

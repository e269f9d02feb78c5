package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the whole configuration once, from the environment and then the optional file
 * named by {@code MORK_CONFIG_FILE}. With no variable at all the result is the embedded demo.
 *
 * <p>Throws {@link ConfigException} listing every problem, each naming its variable.
 */
public final class MorkConfigLoader {
  /** Prefixes of variables read by adapters themselves, or by tests, not reported as unknown. */
  private static final List<String> OWNED_ELSEWHERE =
      List.of("MORK_SARBACANE_", "MORK_WEBHOOK_", "MORK_TEST_", "MORK_EDX_", "MORK_EMAIL_");

  private MorkConfigLoader() {}

  public static MorkConfig load(Map<String, String> environment) {
    return load(ConfigSource.of(environment));
  }

  public static MorkConfig load(ConfigSource source) {
    Settings s = new Settings(source);
    RunMode mode = RuntimeSection.runMode(s);
    Path dataDir = Path.of(s.string("MORK_DATA_DIR", "data"));
    HttpConfig http = RuntimeSection.http(s);
    EdxConfig edx = DatabaseSection.edx(s, dataDir);
    StoreConfig store = DatabaseSection.store(s, dataDir);
    PolicyConfig policy = PolicySection.read(s, edx.demo());
    EmailConfig email = MailSection.read(s, dataDir);
    SarbacaneConfig sarbacane = ServicesSection.sarbacane(s);
    List<ServiceConfig> services = ServicesSection.services(s, sarbacane);
    ApiKeysConfig keys = ServicesSection.apiKeys(s, services);
    ScheduleConfig schedule = RuntimeSection.schedule(s);
    PiiConfig pii = RuntimeSection.pii(s, store.kind() == StoreConfig.Kind.H2);
    ObservabilityConfig observability = RuntimeSection.observability(s);
    ConsoleConfig console = ConsoleConfig.read(s);
    RuntimeSection.ignored(s);
    if (!s.problems().isEmpty()) {
      throw new ConfigException(s.problems());
    }
    List<String> warnings = new ArrayList<>(s.warnings());
    warnings.addAll(unknown(source, s));
    return new MorkConfig(
        mode,
        dataDir,
        http,
        keys,
        policy,
        edx,
        store,
        email,
        sarbacane,
        services,
        schedule,
        pii,
        observability,
        console,
        warnings,
        s.effective(),
        source.merged());
  }

  private static List<String> unknown(ConfigSource source, Settings s) {
    Set<String> known =
        new java.util.HashSet<>(s.effective().stream().map(ConfigEntry::name).toList());
    known.addAll(RuntimeSection.IGNORED);
    known.add(ConfigSource.CONFIG_FILE);
    return source.morkNames().stream()
        .filter(n -> !known.contains(n))
        .filter(n -> OWNED_ELSEWHERE.stream().noneMatch(n::startsWith))
        .map(n -> n + " is not a Mork variable and is ignored (a typo?)")
        .toList();
  }
}

package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw variables: the process environment first, then the optional file named by {@code
 * MORK_CONFIG_FILE}. The environment wins, so a deployment can override one value of a shared file.
 */
public final class ConfigSource {

  public static final String CONFIG_FILE = "MORK_CONFIG_FILE";

  private final Map<String, String> environment;
  private final Map<String, String> file;
  private final String fileName;

  ConfigSource(Map<String, String> environment, Map<String, String> file, String fileName) {
    this.environment = Map.copyOf(environment);
    this.file = Map.copyOf(file);
    this.fileName = fileName;
  }

  /** Reads the file named by {@code MORK_CONFIG_FILE} in {@code environment}, if any. */
  public static ConfigSource of(Map<String, String> environment) {
    String path = environment.getOrDefault(CONFIG_FILE, "").strip();
    if (path.isEmpty()) {
      return new ConfigSource(environment, Map.of(), "");
    }
    return new ConfigSource(environment, DotEnvFile.read(Path.of(path)), path);
  }

  /** A source with no file, for tests and tools. */
  public static ConfigSource ofEnvironment(Map<String, String> environment) {
    return new ConfigSource(environment, Map.of(), "");
  }

  /** The value, blank values counting as absent (an empty variable means "use the default"). */
  public Optional<String> get(String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      value = file.get(name);
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Whether the variable is present at all, even empty (an empty URL may mean "disabled"). */
  public boolean isPresent(String name) {
    return environment.containsKey(name) || file.containsKey(name);
  }

  public String origin(String name) {
    String value = environment.get(name);
    if (value != null && !value.isBlank()) {
      return "environment";
    }
    return file.containsKey(name) ? fileName : "default";
  }

  /** Every {@code MORK_*} name seen in the environment or the file. */
  public Set<String> morkNames() {
    Set<String> names = new TreeSet<>();
    environment.keySet().stream().filter(n -> n.startsWith("MORK_")).forEach(names::add);
    file.keySet().stream().filter(n -> n.startsWith("MORK_")).forEach(names::add);
    return names;
  }

  /**
   * The merged {@code MORK_*} variables (environment over file), for adapters reading their own.
   */
  public Map<String, String> merged() {
    Map<String, String> merged = new HashMap<>();
    for (String name : morkNames()) {
      merged.put(name, get(name).orElse(""));
    }
    return Map.copyOf(merged);
  }
}

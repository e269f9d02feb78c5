package fr.openfun.mork.app.config;

import java.util.List;

/**
 * The configuration is invalid. Each problem names its variable and the expected form; all problems
 * are reported at once so an operator fixes them in one pass.
 */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(
        "invalid configuration ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

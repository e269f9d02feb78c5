package fr.openfun.mork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSourceTest {

  @Test
  void givenADotEnvFile_parse_readsExportsQuotesAndComments() {
    List<String> lines =
        List.of(
            "# Mork",
            "export MORK_DELETION_PERIOD=P4Y",
            "MORK_EMAIL_FROM=\"Mork <m@example.org>\"",
            "");

    Map<String, String> values = DotEnvFile.parse(lines, ".env");

    assertThat(values)
        .containsExactly(
            Map.entry("MORK_DELETION_PERIOD", "P4Y"),
            Map.entry("MORK_EMAIL_FROM", "Mork <m@example.org>"));
  }

  @Test
  void givenALineWithoutEquals_parse_namesTheFileAndLine() {
    List<String> lines = List.of("MORK_DELETION_PERIOD=P4Y", "oops");

    assertThatThrownBy(() -> DotEnvFile.parse(lines, "mork.env"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MORK_CONFIG_FILE: line 2 of 'mork.env'");
  }

  @Test
  void givenTheSameVariableInBoth_get_prefersTheEnvironment() {
    ConfigSource source =
        new ConfigSource(
            Map.of("MORK_DELETION_PERIOD", "P6Y"),
            Map.of("MORK_DELETION_PERIOD", "P4Y", "MORK_GRACE_PERIOD", "P10D"),
            "mork.env");

    MorkConfig config = MorkConfigLoader.load(source);

    assertThat(config.policy().inactivity().deletionPeriod().getYears()).isEqualTo(6);
    assertThat(config.policy().inactivity().gracePeriod().getDays()).isEqualTo(10);
  }

  @Test
  void givenAVariableFromTheFile_origin_namesTheFile() {
    ConfigSource source =
        new ConfigSource(Map.of(), Map.of("MORK_GRACE_PERIOD", "P10D"), "mork.env");

    String origin = source.origin("MORK_GRACE_PERIOD");

    assertThat(origin).isEqualTo("mork.env");
  }

  @Test
  void givenAMissingFile_of_failsNamingMorkConfigFile() {
    Map<String, String> environment = Map.of("MORK_CONFIG_FILE", "/nonexistent/mork.env");

    assertThatThrownBy(() -> ConfigSource.of(environment))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MORK_CONFIG_FILE: cannot read '/nonexistent/mork.env'");
  }

  @Test
  void givenABlankEnvironmentValue_get_fallsBackToTheFile() {
    ConfigSource source =
        new ConfigSource(Map.of("MORK_GRACE_PERIOD", " "), Map.of("MORK_GRACE_PERIOD", "P9D"), "f");

    String value = source.get("MORK_GRACE_PERIOD").orElseThrow();

    assertThat(value).isEqualTo("P9D");
  }
}

package fr.openfun.mork.app.config;

import static fr.openfun.mork.app.config.MorkConfigLoaderTest.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code MORK_METRICS_API_KEYS} and {@code MORK_MANAGEMENT_PORT}. */
class MetricsConfigTest {

  @Test
  void givenNoVariable_load_leavesTheManagementPortOffAndNoMetricsKey() {
    Map<String, String> environment = Map.of();

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.http().managementPort()).isEqualTo(OptionalInt.empty());
    assertThat(config.apiKeys().metricsKeys()).isEmpty();
  }

  @Test
  void givenNamedAndBareMetricsKeys_load_namesEveryKey() {
    Map<String, String> environment =
        Map.of("MORK_METRICS_API_KEYS", "prometheus=scrape-key-1,scrape-key-2");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.apiKeys().metricsKeys())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "prometheus", Secret.of("scrape-key-1"), "metrics-2", Secret.of("scrape-key-2")));
  }

  @Test
  void givenAMetricsKeyThatIsAlsoTheAdminKey_load_isAProblem() {
    Map<String, String> environment =
        Map.of("MORK_API_KEYS", "same-key", "MORK_METRICS_API_KEYS", "prometheus=same-key");

    assertThat(problemsOf(environment))
        .containsExactly(
            "MORK_METRICS_API_KEYS: 'prometheus' repeats a key given to another holder");
  }

  @Test
  void givenMetricsKeys_config_showsThemMasked() {
    Map<String, String> environment =
        Map.of("MORK_METRICS_API_KEYS", "prometheus=a-long-scrape-key-42");

    String shown = MorkConfigLoader.load(environment).toString();

    assertThat(shown).contains("prometheus=****42").doesNotContain("a-long-scrape-key");
  }

  @Test
  void givenAManagementPort_load_readsIt() {
    Map<String, String> environment = Map.of("MORK_MANAGEMENT_PORT", "9100");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.http().managementPort()).isEqualTo(OptionalInt.of(9100));
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void givenTheManagementPortOfTheApi_load_isAProblem() {
    Map<String, String> environment =
        Map.of("MORK_API_SERVER_PORT", "8100", "MORK_MANAGEMENT_PORT", "8100");

    assertThat(problemsOf(environment))
        .containsExactly("MORK_MANAGEMENT_PORT: must differ from MORK_API_SERVER_PORT (8100)");
  }

  @Test
  void givenAManagementPortThatIsNoPort_load_isAProblem() {
    Map<String, String> environment = Map.of("MORK_MANAGEMENT_PORT", "metrics");

    assertThat(problemsOf(environment))
        .containsExactly(
            "MORK_MANAGEMENT_PORT: 'metrics' is not a whole number between 1 and 65535");
  }
}

package fr.openfun.mork.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMaskingTest {
  private static final Map<String, String> SECRETS =
      Map.of(
          "MORK_API_KEYS", "operator-key-0123456789",
          "MORK_DB_HOST", "postgresql",
          "MORK_DB_PASSWORD", "store-password-42",
          "MORK_PII_HMAC_SECRET", "hmac-secret-0123456789-0123456789",
          "MORK_EDX_MYSQL_DB_HOST", "mysql",
          "MORK_EDX_MYSQL_DB_PASSWORD", "edx-password-42",
          "MORK_EMAIL_HOST_PASSWORD", "smtp-password-42",
          "MORK_SENTRY_DSN", "https://abcdef@sentry.example.org/1",
          "MORK_SERVICE_API_KEYS", "joanie=joanie-key-0123456789");

  @Test
  void givenSecrets_render_neverShowsTheirValues() {
    MorkConfig config = MorkConfigLoader.load(SECRETS);

    String printed = ConfigPrinter.render(config);

    assertThat(printed)
        .contains("MORK_DB_PASSWORD")
        .doesNotContain("store-password-42")
        .doesNotContain("operator-key-0123456789")
        .doesNotContain("hmac-secret-0123456789")
        .doesNotContain("edx-password-42")
        .doesNotContain("smtp-password-42")
        .doesNotContain("abcdef@sentry")
        .doesNotContain("joanie-key-0123456789");
  }

  @Test
  void givenSecrets_toString_neverShowsTheirValues() {
    MorkConfig config = MorkConfigLoader.load(SECRETS);

    String printed = config.toString() + config.edx() + config.store() + config.apiKeys();

    assertThat(printed).doesNotContain("store-password-42", "edx-password-42", "operator-key");
  }

  @Test
  void givenALongSecret_masked_keepsOnlyItsLastTwoCharacters() {
    Secret secret = Secret.of("0123456789abcdefXY");

    String masked = secret.masked();

    assertThat(masked).isEqualTo("****XY");
  }

  @Test
  void givenAShortSecret_masked_showsNothingOfIt() {
    Secret secret = Secret.of("abc");

    String masked = secret.toString();

    assertThat(masked).isEqualTo("****");
  }

  @Test
  void givenAVariableFromTheEnvironment_render_namesItsOrigin() {
    MorkConfig config = MorkConfigLoader.load(Map.of("MORK_DELETION_PERIOD", "P6Y"));

    String printed = ConfigPrinter.render(config);

    assertThat(printed).containsPattern("MORK_DELETION_PERIOD +=  ?P6Y +\\(environment\\)");
  }
}

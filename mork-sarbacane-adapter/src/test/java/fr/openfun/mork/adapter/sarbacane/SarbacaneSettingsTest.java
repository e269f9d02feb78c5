package fr.openfun.mork.adapter.sarbacane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarbacaneSettingsTest {

  @Test
  void givenOnlyCredentials_settings_useTheOriginalUrlAndDefaults() {
    Map<String, String> env =
        Map.of("MORK_SARBACANE_API_KEY", "k", "MORK_SARBACANE_ACCOUNT_ID", "a");

    SarbacaneSettings settings = SarbacaneEnvironment.settings(env);

    assertThat(settings).isEqualTo(SarbacaneSettings.of("https://sarbacaneapis.com/v1", "k", "a"));
    assertThat(settings.enabled()).isTrue();
  }

  @Test
  void givenEmptyApiUrl_settings_areDisabledWithoutCredentials() {
    Map<String, String> env = Map.of("MORK_SARBACANE_API_URL", "");

    SarbacaneSettings settings = SarbacaneEnvironment.settings(env);

    assertThat(settings.enabled()).isFalse();
  }

  @Test
  void givenEveryVariable_settings_readThemAll() {
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("MORK_SARBACANE_API_URL", "http://localhost:9/v1/"),
            Map.entry("MORK_SARBACANE_API_KEY", "k"),
            Map.entry("MORK_SARBACANE_ACCOUNT_ID", "a"),
            Map.entry("MORK_SARBACANE_CONNECT_TIMEOUT", "3"),
            Map.entry("MORK_SARBACANE_READ_TIMEOUT", "PT20S"),
            Map.entry("MORK_SARBACANE_RATE_LIMIT", "600/m"),
            Map.entry("MORK_SARBACANE_LIST_CACHE_TTL", "PT1M"),
            Map.entry("MORK_SARBACANE_KEEP_SUPPRESSION_LISTS", "true"),
            Map.entry("MORK_SARBACANE_PAGE_SIZE", "500"),
            Map.entry("MORK_SARBACANE_MAX_ATTEMPTS", "4"),
            Map.entry("MORK_SARBACANE_CONCURRENCY", "16"));

    SarbacaneSettings settings = SarbacaneEnvironment.settings(env);

    assertThat(settings)
        .isEqualTo(
            new SarbacaneSettings(
                "http://localhost:9/v1",
                "k",
                "a",
                Duration.ofSeconds(3),
                Duration.ofSeconds(20),
                10,
                Duration.ofMinutes(1),
                true,
                500,
                4,
                Duration.ofSeconds(5),
                16));
  }

  @Test
  void givenUrlWithoutCredentials_settings_areRejected() {
    Map<String, String> env = Map.of();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SarbacaneEnvironment.settings(env))
        .withMessageContaining("MORK_SARBACANE_API_KEY");
  }

  @Test
  void givenPageSizeAboveTheApiLimit_settings_areRejected() {
    Map<String, String> env =
        Map.of(
            "MORK_SARBACANE_API_KEY",
            "k",
            "MORK_SARBACANE_ACCOUNT_ID",
            "a",
            "MORK_SARBACANE_PAGE_SIZE",
            "1001");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SarbacaneEnvironment.settings(env))
        .withMessageContaining("pageSize");
  }

  @Test
  void givenConcurrencyZero_settings_areRejectedNamingTheVariable() {
    Map<String, String> env =
        Map.of(
            "MORK_SARBACANE_API_KEY",
            "k",
            "MORK_SARBACANE_ACCOUNT_ID",
            "a",
            "MORK_SARBACANE_CONCURRENCY",
            "0");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SarbacaneEnvironment.settings(env))
        .withMessageContaining("MORK_SARBACANE_CONCURRENCY");
  }

  @Test
  void givenBadRate_settings_nameTheVariable() {
    Map<String, String> env =
        Map.of(
            "MORK_SARBACANE_API_KEY",
            "k",
            "MORK_SARBACANE_ACCOUNT_ID",
            "a",
            "MORK_SARBACANE_RATE_LIMIT",
            "fast");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SarbacaneEnvironment.settings(env))
        .withMessageContaining("MORK_SARBACANE_RATE_LIMIT");
  }

  @Test
  void givenSecrets_toString_hidesKeyAndAccountId() {
    SarbacaneSettings settings = SarbacaneSettings.of("https://x.test", "key-123", "acct-456");

    String text = settings.toString();

    assertThat(text).doesNotContain("key-123", "acct-456").contains("apiKey=***");
  }
}

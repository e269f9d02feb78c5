package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreSettingsTest {
  @Test
  void givenOriginalDbVariables_postgres_buildsTheJdbcUrlAndHidesThePassword() {
    var settings =
        StoreSettings.postgres(
            "db.internal", 5432, "mork", "mork", "s3cr3t-pw", "0123456789abcdef");

    String shown = settings.toString();

    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/mork");
    assertThat(shown).doesNotContain("s3cr3t-pw").doesNotContain("0123456789abcdef");
  }

  @Test
  void givenShortSecret_create_isRejected() {
    assertThatThrownBy(() -> StoreSettings.h2Memory("x", "short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hmacSecret");
  }

  @Test
  void givenMysqlUrl_create_isRejectedNamingTheSupportedOnes() {
    assertThatThrownBy(() -> new StoreSettings("jdbc:mysql://x/y", "u", "p", "0123456789abcdef", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql");
  }
}

package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EdxDatabaseSettingsTest {

  @Test
  void givenOriginalVariables_fromParts_buildsTheJdbcUrlWithDefaults() {
    var settings =
        EdxDatabaseSettings.fromParts(
            "mysql", 3306, "edxapp", "edx", "s3cret", true, EdxDialect.MYSQL);

    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:mariadb://mysql:3306/edxapp");
    assertThat(settings.batchSize()).isEqualTo(10_000);
    assertThat(settings.debug()).isTrue();
  }

  @Test
  void givenPassword_toString_masksIt() {
    var settings =
        EdxDatabaseSettings.of("jdbc:mariadb://h/db", "edx", "s3cret", EdxDialect.MARIADB);

    var text = settings.toString();

    assertThat(text).doesNotContain("s3cret").contains("password=***");
  }

  @Test
  void givenZeroBatchSize_withBatchSize_isRejected() {
    var settings = EdxDatabaseSettings.of("jdbc:mariadb://h/db", "edx", "", EdxDialect.MARIADB);

    var error = assertThatThrownBy(() -> settings.withBatchSize(0));

    error.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
  }

  @Test
  void givenNonJdbcUrl_of_isRejected() {
    var error =
        assertThatThrownBy(
            () -> EdxDatabaseSettings.of("mysql://h/db", "edx", "", EdxDialect.MARIADB));

    error.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:");
  }

  @Test
  void givenProbeSpec_parse_readsTableUserAndTimeColumns() {
    var probe = ActivityProbe.parse("oauth2_accesstoken.user_id.created");

    assertThat(probe).isEqualTo(new ActivityProbe("oauth2_accesstoken", "user_id", "created"));
  }

  @Test
  void givenProbeWithSql_parse_isRejected() {
    var error = assertThatThrownBy(() -> ActivityProbe.parse("t;drop.user_id.created"));

    error.isInstanceOf(IllegalArgumentException.class);
  }
}

package fr.openfun.mork.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid value is reported with its variable's name and the expected form. */
class ConfigValidationTest {

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("MORK_DELETION_PERIOD", "5 years", "ISO-8601 period"),
        Arguments.of("MORK_WARNING_PERIOD", "P6Y", "shorter than MORK_DELETION_PERIOD"),
        Arguments.of("MORK_WARNING_REMINDERS", "P30D,soon", "ISO-8601 period"),
        Arguments.of("MORK_GRACE_PERIOD", "P0D", "longer than zero"),
        Arguments.of("MORK_DELETE_MAX_RETRIES", "-1", "whole number"),
        Arguments.of("MORK_DELETION_MAX_SHARE", "2", "number between"),
        Arguments.of("MORK_WARNING_REQUIRED", "maybe", "true or false"),
        Arguments.of("MORK_EXCLUDED_EDX_USER_IDS", "12,abc", "whole number"),
        Arguments.of("MORK_API_KEYS", "[1, {}]", "strings"),
        Arguments.of("MORK_API_SERVER_PORT", "99999", "whole number between 1 and 65535"),
        Arguments.of("MORK_API_SERVER_PROTOCOL", "ftp", "http or https"),
        Arguments.of("MORK_EDX_MYSQL_DB_ENGINE", "oracle", "mysql or mariadb"),
        Arguments.of("MORK_EDX_MYSQL_QUERY_BATCH_SIZE", "0", "whole number"),
        Arguments.of("MORK_EDX_RETIRED_USERNAME", "retired user!", "1-30 letters, digits"),
        Arguments.of("MORK_EDX_RETIRED_USER_ID", "-3", "positive auth_user id"),
        Arguments.of("MORK_DB_ENGINE", "mongodb", "postgresql"),
        Arguments.of("MORK_EMAIL_RATE_LIMIT", "fast", "100/m"),
        Arguments.of("MORK_EMAIL_FROM", "not-an-address", "email address"),
        Arguments.of("MORK_SARBACANE_API_URL", "sarbacane", "http(s) URL"),
        Arguments.of("MORK_SERVICES", "joanie", "must include edx"),
        Arguments.of("MORK_SERVICE_API_KEYS", "nobody=x", "not a service"),
        Arguments.of("MORK_WARNING_CRON", "every day", "Quartz cron"),
        Arguments.of("MORK_DELETION_CRON", "0 0", "Quartz cron"),
        Arguments.of("MORK_TIME_ZONE", "Mars/Olympus", "time zone"),
        Arguments.of("MORK_RECONCILE_INTERVAL", "1 minute", "ISO-8601 duration"),
        Arguments.of("MORK_RECONCILE_CLAIM_LEASE", "PT1S", "shorter than the minimum PT5S"),
        Arguments.of("MORK_RECONCILE_EDX_BATCH_SIZE", "0", "whole number between 1 and 10000"),
        Arguments.of("MORK_CLUSTER_CHECKIN_INTERVAL", "PT0.1S", "shorter than the minimum PT0.5S"),
        Arguments.of("MORK_CLUSTER_CHECKIN_INTERVAL", "often", "ISO-8601 duration"),
        Arguments.of("MORK_RUN_MODE", "both", "all, api, worker"),
        Arguments.of("MORK_PII_RETENTION", "month", "ISO-8601 period"),
        Arguments.of("MORK_PII_HMAC_SECRET", "short", "at least 32 characters"),
        Arguments.of("MORK_LOG_LEVEL", "LOUD", "ERROR, WARN"),
        Arguments.of("MORK_CONSOLE_SESSION_IDLE_TIMEOUT", "30 minutes", "ISO-8601 duration"),
        Arguments.of("MORK_CONSOLE_SESSION_IDLE_TIMEOUT", "PT0S", "ISO-8601 duration"),
        Arguments.of("MORK_CONSOLE_TRUST_FORWARDED_PROTO", "yes please", "true or false"),
        Arguments.of("MORK_SENTRY_API_TRACES_SAMPLE_RATE", "2", "number between"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("invalidValues")
  void givenAnInvalidValue_load_namesTheVariableAndTheExpectedForm(
      String variable, String value, String expected) {
    Map<String, String> environment = Map.of(variable, value);

    List<String> problems = MorkConfigLoaderTest.problemsOf(environment);

    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(variable).contains(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void givenAnInvalidValue_load_reportsNoOtherVariable(
      String variable, String value, String expected) {
    Map<String, String> environment = Map.of(variable, value);

    List<String> problems = MorkConfigLoaderTest.problemsOf(environment);

    assertThat(problems).allSatisfy(p -> assertThat(p).contains(variable));
  }
}

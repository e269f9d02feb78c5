package fr.openfun.mork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MorkConfigLoaderTest {

  @Test
  void givenNoVariable_load_yieldsTheEmbeddedDemo() {
    Map<String, String> environment = Map.of();

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.embedded()).isTrue();
    assertThat(config.store().kind()).isEqualTo(StoreConfig.Kind.H2);
    assertThat(config.edx().jdbcUrl()).startsWith("jdbc:h2:file:").contains("MODE=MySQL");
    assertThat(config.email().outbox()).isTrue();
    assertThat(config.sarbacane().enabled()).isFalse();
    assertThat(config.apiKeys().generated()).isTrue();
    assertThat(config.http().port()).isEqualTo(8100);
    assertThat(config.services())
        .extracting(ServiceConfig::name)
        .containsExactly(ServiceName.EDX, ServiceName.of("joanie"), ServiceName.of("ashley"));
  }

  @Test
  void givenNoBatchSize_load_scansInPagesOfTenThousand() {
    Map<String, String> environment = Map.of();

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.edx().queryBatchSize()).isEqualTo(10_000);
  }

  @Test
  void givenNoVariable_load_drawsADifferentDemoKeyEachTime() {
    Map<String, String> environment = Map.of();

    MorkConfig first = MorkConfigLoader.load(environment);
    MorkConfig second = MorkConfigLoader.load(environment);

    assertThat(first.apiKeys().keys().get(0).value())
        .startsWith("demo-")
        .isNotEqualTo(second.apiKeys().keys().get(0).value());
  }

  @Test
  void givenOriginalVariables_load_keepsTheirMeaning() {
    Map<String, String> environment =
        Map.of(
            "MORK_API_KEYS", "[\"key-one-0123456789\",\"key-two-0123456789\"]",
            "MORK_DELETION_PERIOD", "P4Y",
            "MORK_DELETE_MAX_RETRIES", "7",
            "MORK_EDX_MYSQL_DB_HOST", "mysql.internal",
            "MORK_EDX_MYSQL_DB_PASSWORD", "edx-secret",
            "MORK_EDX_MYSQL_QUERY_BATCH_SIZE", "250",
            "MORK_EMAIL_RATE_LIMIT", "10/s");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.apiKeys().keys())
        .extracting(Secret::value)
        .containsExactly("key-one-0123456789", "key-two-0123456789");
    assertThat(config.policy().inactivity().deletionPeriod()).isEqualTo(Period.ofYears(4));
    assertThat(config.policy().retry().quickRetries()).isEqualTo(7);
    assertThat(config.edx().demo()).isFalse();
    assertThat(config.edx().jdbcUrl()).isEqualTo("jdbc:mariadb://mysql.internal:3306/edxapp");
    assertThat(config.edx().queryBatchSize()).isEqualTo(250);
    assertThat(config.email().rateLimit()).isEqualTo("10/s");
  }

  @Test
  void givenCommaSeparatedApiKeys_load_splitsThem() {
    Map<String, String> environment = Map.of("MORK_API_KEYS", "alpha, beta");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.apiKeys().keys()).extracting(Secret::value).containsExactly("alpha", "beta");
    assertThat(config.apiKeys().generated()).isFalse();
  }

  @Test
  void givenTheOriginalWarningPeriod_load_derivesOneReminderBeforeDeletion() {
    Map<String, String> environment =
        Map.of("MORK_DELETION_PERIOD", "P5Y", "MORK_WARNING_PERIOD", "P4Y11M");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.policy().inactivity().reminderOffsets()).containsExactly(Period.ofMonths(1));
  }

  @Test
  void givenReminders_load_ordersThemLargestFirst() {
    Map<String, String> environment = Map.of("MORK_WARNING_REMINDERS", "P7D,P30D");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.policy().inactivity().reminderOffsets())
        .containsExactly(Period.ofDays(30), Period.ofDays(7));
  }

  @Test
  void givenAWebhookService_load_configuresItAsPush() {
    Map<String, String> environment =
        Map.of(
            "MORK_SERVICES", "edx,joanie,ashley",
            "MORK_WEBHOOK_JOANIE_URL", "https://joanie.example.org/mork",
            "MORK_WEBHOOK_JOANIE_SECRET", "0123456789abcdef0123",
            "MORK_SERVICE_API_KEYS", "ashley=ashley-key");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.services())
        .extracting(ServiceConfig::mode)
        .containsExactly(
            ServiceConfig.Mode.BUILT_IN, ServiceConfig.Mode.WEBHOOK, ServiceConfig.Mode.PULL);
    assertThat(config.apiKeys().serviceKeys().get(ServiceName.of("ashley")).value())
        .isEqualTo("ashley-key");
  }

  @Test
  void givenAWebhookConcurrency_load_readsItForThatServiceAndDefaultsTheOthersToEight() {
    Map<String, String> environment =
        Map.of(
            "MORK_SERVICES", "edx,joanie,ashley",
            "MORK_WEBHOOK_JOANIE_URL", "https://joanie.example.org/mork",
            "MORK_WEBHOOK_JOANIE_SECRET", "0123456789abcdef0123",
            "MORK_WEBHOOK_JOANIE_CONCURRENCY", "3",
            "MORK_WEBHOOK_ASHLEY_URL", "https://ashley.example.org/mork",
            "MORK_WEBHOOK_ASHLEY_SECRET", "0123456789abcdef0123");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.services())
        .extracting(ServiceConfig::webhookConcurrency)
        .containsExactly(1, 3, 8);
  }

  @Test
  void givenAWebhookConcurrencyOfZero_load_namesTheVariable() {
    Map<String, String> environment =
        Map.of(
            "MORK_SERVICES", "edx,joanie",
            "MORK_WEBHOOK_JOANIE_URL", "https://joanie.example.org/mork",
            "MORK_WEBHOOK_JOANIE_SECRET", "0123456789abcdef0123",
            "MORK_WEBHOOK_JOANIE_CONCURRENCY", "0");

    List<String> problems = problemsOf(environment);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> assertThat(p).startsWith("MORK_WEBHOOK_JOANIE_CONCURRENCY").contains("1 and 64"));
  }

  @Test
  void givenSarbacaneCredentials_load_enablesSarbacaneAndListsIt() {
    Map<String, String> environment =
        Map.of("MORK_SARBACANE_API_KEY", "k-123", "MORK_SARBACANE_ACCOUNT_ID", "a-456");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.sarbacane().enabled()).isTrue();
    assertThat(config.services()).extracting(ServiceConfig::name).contains(ServiceName.SARBACANE);
  }

  @Test
  void givenCeleryVariables_load_acceptsThemWithAWarning() {
    Map<String, String> environment = Map.of("MORK_CELERY_BROKER_URL", "redis://redis:6379/0");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.warnings()).anyMatch(w -> w.startsWith("MORK_CELERY_BROKER_URL"));
  }

  @Test
  void givenAnUnknownVariable_load_warnsAboutATypo() {
    Map<String, String> environment = Map.of("MORK_DELETON_PERIOD", "P1Y");

    MorkConfig config = MorkConfigLoader.load(environment);

    assertThat(config.warnings())
        .containsExactly("MORK_DELETON_PERIOD is not a Mork variable and is ignored (a typo?)");
  }

  @Test
  void givenAPostgresStore_load_requiresThePiiSecret() {
    Map<String, String> environment = Map.of("MORK_DB_HOST", "postgresql");

    assertThatThrownBy(() -> MorkConfigLoader.load(environment))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MORK_PII_HMAC_SECRET: required");
  }

  @Test
  void givenSeveralBadValues_load_reportsThemAllAtOnce() {
    Map<String, String> environment =
        Map.of("MORK_API_SERVER_PORT", "http", "MORK_LOG_FORMAT", "xml");

    assertThatThrownBy(() -> MorkConfigLoader.load(environment))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "MORK_API_SERVER_PORT: 'http' is not a whole number between 1 and 65535",
                        "MORK_LOG_FORMAT: 'xml' is not text or json"));
  }

  @Test
  void givenTheDemoEdx_load_relaxesTheBlastRadiusShare() {
    Map<String, String> demo = Map.of();

    double share = MorkConfigLoader.load(demo).policy().guard().maxShare();

    assertThat(share).isEqualTo(0.5);
  }

  @Test
  void givenARealEdx_load_keepsTheOnePercentShare() {
    Map<String, String> environment = Map.of("MORK_EDX_MYSQL_DB_HOST", "mysql");

    double share = MorkConfigLoader.load(environment).policy().guard().maxShare();

    assertThat(share).isEqualTo(0.01);
  }

  @Test
  void givenNoRecoveryVariable_load_keepsQuartzCheckInAndAFifteenMinuteLease() {
    Map<String, String> environment = Map.of();

    ScheduleConfig schedule = MorkConfigLoader.load(environment).schedule();

    assertThat(schedule.clusterCheckinInterval()).isEqualTo(Duration.ofMillis(7500));
    assertThat(schedule.claimLease()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void givenRecoveryVariables_load_readsTheCheckInIntervalAndTheLease() {
    Map<String, String> environment =
        Map.of("MORK_CLUSTER_CHECKIN_INTERVAL", "PT1S", "MORK_RECONCILE_CLAIM_LEASE", "PT20S");

    ScheduleConfig schedule = MorkConfigLoader.load(environment).schedule();

    assertThat(schedule.clusterCheckinInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(schedule.claimLease()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void givenNoBatchVariable_load_claimsAThousandEdxStatusesAndAHundredOfTheOthers() {
    ScheduleConfig schedule = MorkConfigLoader.load(Map.of()).schedule();

    assertThat(schedule.reconcileEdxBatchSize()).isEqualTo(1000);
    assertThat(schedule.reconcileBatchSize()).isEqualTo(100);
  }

  @Test
  void givenAnEdxBatchVariable_load_readsIt() {
    Map<String, String> environment = Map.of("MORK_RECONCILE_EDX_BATCH_SIZE", "200");

    ScheduleConfig schedule = MorkConfigLoader.load(environment).schedule();

    assertThat(schedule.reconcileEdxBatchSize()).isEqualTo(200);
  }

  static List<String> problemsOf(Map<String, String> environment) {
    try {
      MorkConfigLoader.load(environment);
    } catch (ConfigException e) {
      return e.problems();
    }
    return List.of();
  }
}

package fr.openfun.mork.app.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.quartz.CronExpression;

/** Reads the HTTP listener, run mode, schedules, PII retention and observability variables. */
final class RuntimeSection {
  /** Variables of the Python Mork that have no meaning here: accepted, ignored with a warning. */
  static final List<String> IGNORED =
      List.of(
          "MORK_CELERY_BROKER_URL",
          "MORK_CELERY_BROKER_TRANSPORT_OPTIONS",
          "MORK_CELERY_RESULT_BACKEND",
          "MORK_CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS",
          "MORK_CELERY_TASK_DEFAULT_QUEUE",
          "MORK_SENTRY_CELERY_TRACES_SAMPLE_RATE",
          "MORK_TEST_DB_NAME",
          "MORK_ROOT_PATH",
          "MORK_ALEMBIC_CFG_PATH",
          "MORK_STATIC_PATH",
          "MORK_EDX_MONGO_DB_ENGINE",
          "MORK_EDX_MONGO_DB_HOST",
          "MORK_EDX_MONGO_DB_NAME",
          "MORK_EDX_MONGO_DB_USER",
          "MORK_EDX_MONGO_DB_PASSWORD",
          "MORK_EDX_MONGO_DB_PORT",
          "MORK_EDX_MONGO_DB_DEBUG");

  private RuntimeSection() {}

  static RunMode runMode(Settings s) {
    String value = s.string("MORK_RUN_MODE", "all");
    try {
      return RunMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      s.problem("MORK_RUN_MODE: '" + value + "' is not one of all, api, worker");
      return RunMode.ALL;
    }
  }

  static HttpConfig http(Settings s) {
    String protocol = s.string("MORK_API_SERVER_PROTOCOL", "http");
    String host = s.string("MORK_API_SERVER_HOST", "localhost");
    int port = s.integer("MORK_API_SERVER_PORT", 8100, 1, 65535);
    String bind = s.string("MORK_HTTP_BIND_ADDRESS", "0.0.0.0");
    if (!protocol.equals("http") && !protocol.equals("https")) {
      s.problem("MORK_API_SERVER_PROTOCOL: '" + protocol + "' is not http or https");
    }
    OptionalInt management = OptionalInt.empty();
    if (s.source().get("MORK_MANAGEMENT_PORT").isPresent()) {
      management = OptionalInt.of(s.integer("MORK_MANAGEMENT_PORT", 0, 1, 65535));
      if (management.getAsInt() == port) {
        s.problem("MORK_MANAGEMENT_PORT: must differ from MORK_API_SERVER_PORT (" + port + ")");
      }
    } else {
      s.remember("MORK_MANAGEMENT_PORT", "off", false);
    }
    return new HttpConfig(bind, port, protocol + "://" + host + ":" + port, management);
  }

  static ScheduleConfig schedule(Settings s) {
    Optional<String> warn = cron(s, "MORK_WARNING_CRON");
    Optional<String> delete = cron(s, "MORK_DELETION_CRON");
    boolean deleteDryRun = s.bool("MORK_DELETION_CRON_DRY_RUN", true);
    ZoneId zone = ZoneId.of("UTC");
    String zoneName = s.string("MORK_TIME_ZONE", "UTC");
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      s.problem(
          "MORK_TIME_ZONE: '" + zoneName + "' is not a time zone such as UTC or Europe/Paris");
    }
    return new ScheduleConfig(
        warn,
        delete,
        deleteDryRun,
        s.duration("MORK_RECONCILE_INTERVAL", "PT1M"),
        s.integer("MORK_RECONCILE_BATCH_SIZE", 100, 1, 10_000),
        s.integer("MORK_RECONCILE_EDX_BATCH_SIZE", 1000, 1, 10_000),
        atLeast(s, "MORK_RECONCILE_CLAIM_LEASE", "PT15M", Duration.ofSeconds(5)),
        zone,
        atLeast(s, "MORK_CLUSTER_CHECKIN_INTERVAL", "PT7.5S", Duration.ofMillis(500)));
  }

  /** A duration no shorter than {@code min}; a shorter one is a problem naming the variable. */
  private static Duration atLeast(Settings s, String name, String fallback, Duration min) {
    Duration value = s.duration(name, fallback);
    if (value.compareTo(min) < 0) {
      s.problem(name + ": '" + value + "' is shorter than the minimum " + min);
      return Duration.parse(fallback);
    }
    return value;
  }

  private static Optional<String> cron(Settings s, String name) {
    Optional<String> value = s.optional(name);
    if (value.isPresent() && !CronExpression.isValidExpression(value.get())) {
      s.problem(
          name
              + ": '"
              + value.get()
              + "' is not a Quartz cron expression such as '0 0 3 * * ?' (empty: off)");
    }
    return value;
  }

  static PiiConfig pii(Settings s, boolean embeddedStore) {
    Period retention = s.period("MORK_PII_RETENTION", "P30D");
    Secret secret = s.secret("MORK_PII_HMAC_SECRET", "");
    if (secret.isEmpty() && !embeddedStore) {
      s.problem("MORK_PII_HMAC_SECRET: required with a PostgreSQL store (at least 32 characters)");
    } else if (!secret.isEmpty() && secret.value().length() < 32) {
      s.problem("MORK_PII_HMAC_SECRET: must hold at least 32 characters");
    }
    return new PiiConfig(retention, secret.isEmpty() ? Optional.empty() : Optional.of(secret));
  }

  static ObservabilityConfig observability(Settings s) {
    String format = s.string("MORK_LOG_FORMAT", "text");
    LogFormat logFormat = LogFormat.TEXT;
    try {
      logFormat = LogFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      s.problem("MORK_LOG_FORMAT: '" + format + "' is not text or json");
    }
    String level = s.string("MORK_LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
    if (!List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE").contains(level)) {
      s.problem("MORK_LOG_LEVEL: '" + level + "' is not one of ERROR, WARN, INFO, DEBUG, TRACE");
    }
    Secret dsn = s.secret("MORK_SENTRY_DSN", "");
    return new ObservabilityConfig(
        logFormat,
        level,
        dsn.isEmpty() ? Optional.empty() : Optional.of(dsn),
        s.string("MORK_SENTRY_EXECUTION_ENVIRONMENT", "development"),
        s.decimal("MORK_SENTRY_API_TRACES_SAMPLE_RATE", 1.0, 0.0, 1.0),
        s.bool("MORK_SENTRY_IGNORE_HEALTH_CHECKS", false));
  }

  static void ignored(Settings s) {
    for (String name : IGNORED) {
      if (s.source().get(name).isPresent()) {
        s.warning(name + " is accepted for compatibility with the Python Mork and ignored");
      }
    }
  }
}

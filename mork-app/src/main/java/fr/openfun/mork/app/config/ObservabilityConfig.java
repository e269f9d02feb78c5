package fr.openfun.mork.app.config;

import java.util.Objects;
import java.util.Optional;

/** Logs ({@code MORK_LOG_FORMAT}, {@code MORK_LOG_LEVEL}) and optional Sentry error tracking. */
public record ObservabilityConfig(
    LogFormat logFormat,
    String logLevel,
    Optional<Secret> sentryDsn,
    String sentryEnvironment,
    double sentryTracesSampleRate,
    boolean sentryIgnoreHealthChecks) {
  public ObservabilityConfig {
    Objects.requireNonNull(logFormat, "logFormat");
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(sentryDsn, "sentryDsn");
    Objects.requireNonNull(sentryEnvironment, "sentryEnvironment");
  }
}

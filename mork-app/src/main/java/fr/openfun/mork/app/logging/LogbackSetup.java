package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.AsyncAppenderBase;
import fr.openfun.mork.app.config.LogFormat;
import fr.openfun.mork.app.config.ObservabilityConfig;
import org.slf4j.LoggerFactory;

/**
 * Configures logging again ({@link LogbackConfiguration}) with the configured format and level once
 * the configuration is known: {@code MORK_LOG_FORMAT} may come from the configuration file, which
 * Logback cannot see when it configures itself ({@link MorkLogbackConfigurator}).
 */
public final class LogbackSetup {
  private LogbackSetup() {}

  public static void apply(ObservabilityConfig config) {
    apply(config.logFormat(), config.logLevel());
  }

  /**
   * Writes out every line still queued by the asynchronous appenders, and stops logging until the
   * next {@link #apply}: for a process about to end, and for tests that read the output.
   */
  public static void drain() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      root.iteratorForAppenders()
          .forEachRemaining(
              appender -> {
                if (appender instanceof AsyncAppenderBase<?>) {
                  appender.stop(); // waits for the worker to write the queue out
                }
              });
    }
  }

  /**
   * Raises every logger to {@code level} when it is more verbose ({@code --quiet}): the root and
   * those {@link LogbackConfiguration} sets on their own (Flyway's INFO).
   */
  public static void atLeast(String level) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Level floor = Level.toLevel(level);
      for (Logger logger : context.getLoggerList()) {
        if (logger.getLevel() != null && !logger.getLevel().isGreaterOrEqual(floor)) {
          logger.setLevel(floor);
        }
      }
    }
  }

  public static void apply(LogFormat format, String level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    LogbackConfiguration.configure(context, format, level);
  }
}

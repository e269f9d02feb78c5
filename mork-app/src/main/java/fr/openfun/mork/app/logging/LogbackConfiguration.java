package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.status.NopStatusListener;
import fr.openfun.mork.app.config.LogFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mork's logging, built in code rather than read from an XML file (Logback's XML reader loads some
 * 500 classes, a tenth of a node's start-up). Logs go to stderr, for every command: stdout carries
 * only a command's result (such as plan's JSON). Emails and usernames are masked in every line, at
 * every level ({@link MaskingMessageConverter}, {@link MaskingThrowableConverter}, {@link
 * MaskingJsonEncoder}). Writing to the console happens on Logback's worker thread, so a request or
 * an erasure never waits for the terminal or the log collector; nothing is dropped (a full queue
 * makes the caller wait), and the queue is drained at exit ({@link LogbackSetup#drain}).
 */
final class LogbackConfiguration {
  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n%ex";
  private static final int QUEUE_SIZE = 8192;
  private static final Map<String, Level> QUIETER =
      Map.of(
          "org.eclipse.jetty", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          "org.quartz", Level.WARN,
          "org.flywaydb", Level.INFO,
          "org.flywaydb.core.internal.sqlscript", Level.WARN,
          "org.jooq.Constants", Level.WARN,
          "org.jooq.impl.DefaultBinding", Level.WARN);

  private LogbackConfiguration() {}

  /** Configures a fresh (or just reset) {@code context}: root at {@code level}, one appender. */
  static void configure(LoggerContext context, LogFormat format, String level) {
    context.getStatusManager().add(new NopStatusListener());
    Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
    rules.put("msg", MaskingMessageConverter::new);
    rules.put("ex", MaskingThrowableConverter::new);
    context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
    QUIETER.forEach((name, floor) -> context.getLogger(name).setLevel(floor));
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(level, Level.DEBUG));
    root.addAppender(async(context, format));
  }

  private static AsyncAppender async(LoggerContext context, LogFormat format) {
    String name = format == LogFormat.JSON ? "json" : "text";
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(name);
    console.setTarget("System.err");
    console.setEncoder(format == LogFormat.JSON ? json(context) : text(context));
    console.start();
    AsyncAppender async = new AsyncAppender();
    async.setContext(context);
    async.setName("async-" + name);
    async.setQueueSize(QUEUE_SIZE);
    async.setDiscardingThreshold(0);
    async.addAppender(console);
    async.start();
    return async;
  }

  private static Encoder<ILoggingEvent> text(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(TEXT_PATTERN);
    encoder.start();
    return encoder;
  }

  private static Encoder<ILoggingEvent> json(LoggerContext context) {
    MaskingJsonEncoder encoder = new MaskingJsonEncoder();
    encoder.setContext(context);
    encoder.setWithArguments(false);
    encoder.setWithMessage(false);
    encoder.setWithFormattedMessage(true);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.start();
    return encoder;
  }
}

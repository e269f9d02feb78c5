package fr.openfun.mork.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import fr.openfun.mork.app.logging.MaskingJsonEncoder;
import fr.openfun.mork.app.logging.MaskingMessageConverter;
import fr.openfun.mork.app.logging.MaskingThrowableConverter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Every event at INFO and above that reaches the root logger while attached, from every thread, and
 * how Mork's own logging configuration writes it: the text layout's masked {@code %msg} and {@code
 * %ex}, and the masking JSON encoder configured as in {@code LogbackConfiguration}.
 */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final Logger root;
  private final MaskingMessageConverter message = new MaskingMessageConverter();
  private final MaskingThrowableConverter throwable = new MaskingThrowableConverter();
  private final MaskingJsonEncoder json = new MaskingJsonEncoder();

  private CapturedLogs(LoggerContext context) {
    setContext(context);
    setName("captured-logs");
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    throwable.setContext(context);
    throwable.start();
    json.setContext(context);
    json.setWithArguments(false);
    json.setWithMessage(false);
    json.setWithFormattedMessage(true);
    json.setWithSequenceNumber(false);
    json.setWithNanoseconds(false);
    json.setWithContext(false);
    json.start();
  }

  static CapturedLogs onRoot() {
    CapturedLogs logs = new CapturedLogs((LoggerContext) LoggerFactory.getILoggerFactory());
    logs.start();
    logs.root.addAppender(logs);
    return logs;
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
      event.prepareForDeferredProcessing();
      events.add(event);
    }
  }

  List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  /** The formatted message and the whole exception, as the application handed them over. */
  static String raw(ILoggingEvent event) {
    String ex =
        event.getThrowableProxy() == null
            ? ""
            : ThrowableProxyUtil.asString(event.getThrowableProxy());
    return event.getFormattedMessage() + "\n" + ex;
  }

  /** The message and exception as the production text layout writes them. */
  String text(ILoggingEvent event) {
    return message.convert(event) + "\n" + throwable.convert(event);
  }

  /** The line the production JSON encoder writes. */
  String json(ILoggingEvent event) {
    return new String(json.encode(event), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}

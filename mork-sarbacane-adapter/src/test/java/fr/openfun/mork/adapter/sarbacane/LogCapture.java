package fr.openfun.mork.adapter.sarbacane;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every event of this package, DEBUG included, while open. */
final class LogCapture implements AutoCloseable {
  private final Logger logger =
      (Logger) LoggerFactory.getLogger(SarbacaneAccountEraser.class.getPackageName());
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level previous = logger.getLevel();

  LogCapture() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  /** Each event as text: level, formatted message and any exception messages. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : appender.list) {
      StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  long count(Level level) {
    return appender.list.stream().filter(e -> e.getLevel() == level).count();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }
}

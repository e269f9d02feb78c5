package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with emails and usernames masked, whatever the level and the logger. */
public final class MaskingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PiiMasker.mask(super.convert(event));
  }
}

package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %ex} with emails and usernames masked: exception messages often quote the input. */
public final class MaskingThrowableConverter extends ThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PiiMasker.mask(super.convert(event));
  }
}

package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;

/**
 * Logback's JSON encoder with emails and usernames masked in the whole line: the message, its
 * arguments, key-value pairs, MDC and exceptions alike.
 */
public final class MaskingJsonEncoder extends JsonEncoder {

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    return PiiMasker.mask(line).getBytes(StandardCharsets.UTF_8);
  }
}

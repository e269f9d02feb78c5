package fr.openfun.mork.adapter.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Mork-Signature} header: {@code t=<unix seconds>,v1=<hex>} where {@code hex} is the
 * lowercase HMAC-SHA256, keyed with the UTF-8 secret, of the ASCII timestamp, a dot, then the exact
 * body bytes. Receivers recompute it and reject stale timestamps to stop replays.
 */
final class WebhookSignature {

  static final String HEADER = "X-Mork-Signature";

  private WebhookSignature() {}

  static String header(String secret, long unixSeconds, byte[] body) {
    return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds, body);
  }

  static String hmacHex(String secret, long unixSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}

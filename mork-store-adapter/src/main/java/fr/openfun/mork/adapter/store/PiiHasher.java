package fr.openfun.mork.adapter.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of emails and usernames: {@code hmac:} then the hex HMAC-SHA256 of the trimmed,
 * lower-cased value. Without the secret, a hash cannot be matched against a list of known emails.
 */
final class PiiHasher {
  static final String PREFIX = "hmac:";
  private final SecretKeySpec key;

  PiiHasher(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String hash(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal(value.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  static boolean isHash(String value) {
    return value.startsWith(PREFIX);
  }
}

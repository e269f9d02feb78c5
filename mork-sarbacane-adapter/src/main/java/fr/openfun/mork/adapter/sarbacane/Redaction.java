package fr.openfun.mork.adapter.sarbacane;

import fr.openfun.mork.domain.model.Pii;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the email query value and hides what must never be logged: the email (raw or encoded)
 * becomes its {@link Pii#maskEmail mask}, the API key and the account id become {@code ***}.
 */
final class Redaction {
  private final List<String> secrets;

  Redaction(String apiKey, String accountId) {
    List<String> values = new ArrayList<>();
    for (String secret : List.of(apiKey, accountId)) {
      if (!secret.isBlank()) {
        values.add(secret);
        values.add(encode(secret));
      }
    }
    // longest first, so a secret containing another is hidden whole
    values.sort((a, b) -> b.length() - a.length());
    this.secrets = List.copyOf(values);
  }

  /** The email as a query value: UTF-8 percent-encoding, space as %20 (never '+'). */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code text} with the email and both secrets hidden; safe to log or to put in a reason. */
  String redact(String text, String email) {
    if (text == null) {
      return "";
    }
    String result = text;
    if (!email.isEmpty()) {
      String mask = Pii.maskEmail(email);
      result = result.replace(email, mask).replace(encode(email), mask);
    }
    for (String secret : secrets) {
      result = result.replace(secret, "***");
    }
    return result;
  }

  /** A request target fit for logs: the path with the email masked. */
  static String target(String path, String email) {
    return path + "?email=" + Pii.maskEmail(email);
  }
}

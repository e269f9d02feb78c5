package fr.openfun.mork.domain.model;

/**
 * Masks personal data for logs and reports: an email keeps its first character and its top-level
 * domain ({@code j***@e***.org}), a username its first character. Never reversible.
 */
public final class Pii {
  private static final java.util.regex.Pattern EMAIL_IN_TEXT =
      java.util.regex.Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

  private Pii() {}

  public static String maskEmail(String email) {
    if (email == null || email.isEmpty()) {
      return "***";
    }
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return first(email) + "***";
    }
    String domain = email.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String maskedDomain =
        domain.isEmpty() ? "***" : first(domain) + "***" + (dot > 0 ? domain.substring(dot) : "");
    return first(email) + "***@" + maskedDomain;
  }

  public static String maskUsername(String username) {
    if (username == null || username.isEmpty()) {
      return "***";
    }
    return first(username) + "***";
  }

  /** The first character, whole even outside the BMP (never half a surrogate pair). */
  private static String first(String value) {
    return new String(Character.toChars(value.codePointAt(0)));
  }

  /** Replaces every email address found in free text (an error message, a detail) by its mask. */
  public static String scrub(String text) {
    if (text == null) {
      return "";
    }
    return EMAIL_IN_TEXT
        .matcher(text)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(maskEmail(m.group())));
  }
}

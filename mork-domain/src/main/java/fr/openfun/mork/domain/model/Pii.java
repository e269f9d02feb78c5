package fr.openfun.mork.domain.model;

/**
 * Masks personal data for logs and reports: an email keeps its first character and its top-level
 * domain ({@code j***@e***.org}), a username its first character. Never reversible.
 */
public final class Pii {
  private Pii() {}

  public static String maskEmail(String email) {
    if (email == null || email.isEmpty()) {
      return "***";
    }
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return email.charAt(0) + "***";
    }
    String domain = email.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String maskedDomain =
        domain.isEmpty()
            ? "***"
            : domain.charAt(0) + "***" + (dot > 0 ? domain.substring(dot) : "");
    return email.charAt(0) + "***@" + maskedDomain;
  }

  public static String maskUsername(String username) {
    if (username == null || username.isEmpty()) {
      return "***";
    }
    return username.charAt(0) + "***";
  }
}

package fr.openfun.mork.app.logging;

import fr.openfun.mork.domain.model.Pii;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text (log lines, error messages, Sentry events): every email address,
 * and usernames where the text names them ({@code username=jdoe}, {@code "username": "jdoe"},
 * {@code user 'jdoe'}), with {@link Pii}'s masks.
 */
public final class PiiMasker {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern USERNAME =
      Pattern.compile(
          "(?i)(\"?(?:username|user_name|login)\"?\\s*[=:]\\s*\"?|\\buser ')([^\\s\"',;)}\\]]+)");

  private PiiMasker() {}

  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // the patterns are only run on text that can match them (every log line goes through here)
    String withoutEmails =
        text.indexOf('@') < 0 ? text : replace(EMAIL.matcher(text), m -> Pii.maskEmail(m.group()));
    return mayNameUser(withoutEmails)
        ? replace(USERNAME.matcher(withoutEmails), m -> m.group(1) + maskedUsername(m.group(2)))
        : withoutEmails;
  }

  /** True unless {@code text} lacks every literal {@link #USERNAME} needs (ASCII, any case). */
  private static boolean mayNameUser(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("username")
        || lower.contains("user_name")
        || lower.contains("login")
        || lower.contains("user '");
  }

  private static String maskedUsername(String value) {
    return value.contains("***") ? value : Pii.maskUsername(value);
  }

  private static String replace(
      Matcher matcher, java.util.function.Function<Matcher, String> with) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}

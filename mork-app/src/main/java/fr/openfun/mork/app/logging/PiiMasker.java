package fr.openfun.mork.app.logging;

import fr.openfun.mork.domain.model.Pii;
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
    String withoutEmails = replace(EMAIL.matcher(text), m -> Pii.maskEmail(m.group()));
    return replace(USERNAME.matcher(withoutEmails), m -> m.group(1) + maskedUsername(m.group(2)));
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

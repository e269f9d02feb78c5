package fr.openfun.mork.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds personal data and secrets in text: whole email addresses and usernames, in any case, and
 * secrets as they are or URL- and Base64-encoded (an SMTP {@code AUTH PLAIN} line, a query string).
 * Reports findings without repeating what it found.
 */
final class LeakFinder {
  private final Pattern emails;
  private final Pattern usernames;
  private final Pattern secrets;

  LeakFinder(Collection<String> emails, Collection<String> usernames, Collection<String> secrets) {
    this.emails = words(emails, "[A-Za-z0-9._%+'=-]", "[A-Za-z0-9-]");
    this.usernames = words(usernames, "[A-Za-z0-9_.@+-]", "[A-Za-z0-9_.@+-]");
    List<String> forms = new ArrayList<>();
    for (String secret : secrets) {
      forms.add(secret);
      forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }
    this.secrets = alternation(forms, 0);
  }

  /** Emails, usernames and secrets found in {@code text}, each as kind and a masked excerpt. */
  List<String> personalData(String where, String text) {
    List<String> found = new ArrayList<>(find("email", emails, where, text));
    found.addAll(find("username", usernames, where, text));
    return found;
  }

  List<String> secrets(String where, String text) {
    return find("secret", secrets, where, text);
  }

  private static List<String> find(String kind, Pattern pattern, String where, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String around =
          text.substring(Math.max(0, m.start() - 40), m.start())
              + "["
              + kind
              + " "
              + m.group().charAt(0)
              + "***]"
              + text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      found.add(kind + " in " + where + ": ..." + around.replace('\n', ' ') + "...");
    }
    return found;
  }

  /** Any of {@code values}, case-insensitive, not inside a longer word of these characters. */
  private static Pattern words(Collection<String> values, String before, String after) {
    String any =
        values.stream()
            .filter(v -> !v.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<!" + before + ")(?:" + any + ")(?!" + after + ")", Pattern.CASE_INSENSITIVE);
  }

  private static Pattern alternation(Collection<String> values, int flags) {
    return Pattern.compile(
        values.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|")),
        flags);
  }
}

package fr.openfun.mork.adapter.notify.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the messages say and how fast they go: {@code MORK_EMAIL_FROM}, {@code _SITE_NAME}, {@code
 * _SITE_BASE_URL}, {@code _SITE_LOGIN_URL}, {@code _RATE_LIMIT}, {@code _MAX_RETRIES}, plus the
 * locale ({@code fr} or {@code en}), the zone dates are shown in, the first retry delay (doubled at
 * each retry), operator digest recipients, whether deletion notices are sent, and an optional
 * folder whose templates override the built-in ones.
 */
public record MailSettings(
    String from,
    String siteName,
    String siteBaseUrl,
    String siteLoginUrl,
    Locale locale,
    ZoneId zone,
    RateLimit rateLimit,
    Duration rateLimitMaxWait,
    int maxRetries,
    Duration retryBackoff,
    List<String> operatorRecipients,
    boolean deletionNoticeEnabled,
    Optional<Path> templateFolder) {

  private static final Set<String> LANGUAGES = Set.of("fr", "en");

  public MailSettings {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(siteBaseUrl, "siteBaseUrl");
    Objects.requireNonNull(siteLoginUrl, "siteLoginUrl");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(rateLimitMaxWait, "rateLimitMaxWait");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    operatorRecipients = List.copyOf(operatorRecipients);
    Objects.requireNonNull(templateFolder, "templateFolder");
    if (!LANGUAGES.contains(locale.getLanguage())) {
      throw new IllegalArgumentException("locale must be fr or en, was " + locale);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    if (retryBackoff.isNegative() || retryBackoff.isZero()) {
      throw new IllegalArgumentException("retryBackoff must be positive, was " + retryBackoff);
    }
  }

  /**
   * French messages in Europe/Paris, {@code 100/m} waiting at most 5 minutes for a permit, 3
   * retries from 2 s, deletion notices on, no digest recipient, built-in templates.
   */
  public static MailSettings defaults(
      String from, String siteName, String siteBaseUrl, String siteLoginUrl) {
    return new MailSettings(
        from,
        siteName,
        siteBaseUrl,
        siteLoginUrl,
        Locale.FRENCH,
        ZoneId.of("Europe/Paris"),
        RateLimit.parse("100/m"),
        Duration.ofMinutes(5),
        3,
        Duration.ofSeconds(2),
        List.of(),
        true,
        Optional.empty());
  }
}

package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.WarningNotice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

final class MailFixtures {

  static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
  static final Instant DELETION = Instant.parse("2026-03-12T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private MailFixtures() {}

  static EdxUser aUser(String username, String email) {
    return new EdxUser(
        42,
        username,
        email,
        Optional.of(NOW.minus(Duration.ofDays(2000))),
        NOW.minus(Duration.ofDays(3000)),
        true,
        false,
        false);
  }

  static WarningNotice aWarning(String username, String email) {
    return new WarningNotice(aUser(username, email), 1, 2, DELETION, 30);
  }

  static MailSettings settings() {
    return MailSettings.defaults(
        "Mork <mork@fun-mooc.example>",
        "FUN MOOC",
        "https://fun-mooc.example",
        "https://fun-mooc.example/login");
  }

  static MailSettings withLocale(MailSettings s, Locale locale) {
    return new MailSettings(
        s.from(),
        s.siteName(),
        s.siteBaseUrl(),
        s.siteLoginUrl(),
        locale,
        ZoneId.of("UTC"),
        s.rateLimit(),
        s.rateLimitMaxWait(),
        s.maxRetries(),
        s.retryBackoff(),
        s.operatorRecipients(),
        s.deletionNoticeEnabled(),
        s.templateFolder());
  }

  static MailSettings fast(MailSettings s, RateLimit rateLimit, int maxRetries) {
    return new MailSettings(
        s.from(),
        s.siteName(),
        s.siteBaseUrl(),
        s.siteLoginUrl(),
        s.locale(),
        s.zone(),
        rateLimit,
        Duration.ofSeconds(30),
        maxRetries,
        Duration.ofMillis(100),
        s.operatorRecipients(),
        s.deletionNoticeEnabled(),
        s.templateFolder());
  }
}

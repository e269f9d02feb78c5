package fr.openfun.mork.app;

import fr.openfun.mork.adapter.notify.mail.MailSettings;
import fr.openfun.mork.adapter.notify.mail.MailTransport;
import fr.openfun.mork.adapter.notify.mail.MailWarningNotifier;
import fr.openfun.mork.adapter.notify.mail.OutboxMailTransport;
import fr.openfun.mork.adapter.notify.mail.RateLimit;
import fr.openfun.mork.adapter.notify.mail.SmtpMailTransport;
import fr.openfun.mork.adapter.notify.mail.SmtpSecurity;
import fr.openfun.mork.adapter.notify.mail.SmtpSettings;
import fr.openfun.mork.adapter.notify.webhook.WebhookAccountEraser;
import fr.openfun.mork.adapter.notify.webhook.WebhookSettings;
import fr.openfun.mork.app.config.EmailConfig;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.ServiceConfig;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the mail notifier (SMTP or outbox) and one webhook eraser per push service. */
final class NotifyWiring {
  private NotifyWiring() {}

  static WarningNotifier notifier(MorkConfig config, Clock clock) {
    EmailConfig email = config.email();
    Map<String, String> vars = config.variables();
    MailTransport transport =
        email.outbox()
            ? new OutboxMailTransport(email.outboxDir(), clock)
            : new SmtpMailTransport(smtp(email));
    MailSettings defaults =
        MailSettings.defaults(
            email.from(), email.siteName(), email.siteBaseUrl(), email.siteLoginUrl());
    String templates = vars.getOrDefault("MORK_EMAIL_TEMPLATES_DIR", "");
    MailSettings settings =
        new MailSettings(
            defaults.from(),
            defaults.siteName(),
            defaults.siteBaseUrl(),
            defaults.siteLoginUrl(),
            locale(vars.getOrDefault("MORK_EMAIL_LOCALE", "fr")),
            config.schedule().zone(),
            RateLimit.parse(email.rateLimit()),
            defaults.rateLimitMaxWait(),
            email.maxRetries(),
            defaults.retryBackoff(),
            list(vars.getOrDefault("MORK_EMAIL_OPERATORS", "")),
            !"false".equalsIgnoreCase(vars.getOrDefault("MORK_EMAIL_DELETION_NOTICE", "true")),
            templates.isBlank() ? Optional.empty() : Optional.of(Path.of(templates)));
    return new MailWarningNotifier(settings, transport, clock);
  }

  static List<AccountEraser> webhooks(MorkConfig config, Clock clock) {
    return config.services().stream()
        .filter(s -> s.mode() == ServiceConfig.Mode.WEBHOOK)
        .map(
            s ->
                (AccountEraser)
                    new WebhookAccountEraser(
                        WebhookSettings.of(
                            s.name(),
                            s.webhookUrl().orElseThrow(),
                            s.webhookSecret().orElseThrow().value(),
                            s.webhookConcurrency()),
                        clock))
        .toList();
  }

  private static SmtpSettings smtp(EmailConfig email) {
    return new SmtpSettings(
        email.host(),
        email.port(),
        email.useTls() ? SmtpSecurity.STARTTLS : SmtpSecurity.NONE,
        Optional.of(email.user()).filter(u -> !u.isBlank()),
        Optional.of(email.password().value()).filter(p -> !p.isBlank()),
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30));
  }

  private static Locale locale(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default ->
          throw new IllegalArgumentException("MORK_EMAIL_LOCALE: '" + value + "' is not fr or en");
    };
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}

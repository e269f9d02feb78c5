package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code MORK_EMAIL_*}: SMTP when a host is set, else the outbox folder. */
final class MailSection {
  private static final Pattern RATE = Pattern.compile("[1-9][0-9]*/[smh]");
  private static final Pattern ADDRESS =
      Pattern.compile("(.*<)?[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+>?");

  private MailSection() {}

  static EmailConfig read(Settings s, Path dataDir) {
    Optional<String> host = s.optional("MORK_EMAIL_HOST");
    Path outboxDir =
        Path.of(s.string("MORK_EMAIL_OUTBOX_DIR", dataDir.resolve("outbox").toString()));
    int port = s.integer("MORK_EMAIL_PORT", 1025, 1, 65535);
    String user = s.string("MORK_EMAIL_HOST_USER", "");
    Secret password = s.secret("MORK_EMAIL_HOST_PASSWORD", "");
    boolean tls = s.bool("MORK_EMAIL_USE_TLS", false);
    String from = s.string("MORK_EMAIL_FROM", host.isPresent() ? "" : "mork@localhost.localdomain");
    String rate = s.string("MORK_EMAIL_RATE_LIMIT", "100/m");
    int retries = s.integer("MORK_EMAIL_MAX_RETRIES", 3, 0, 100);
    String siteName = s.string("MORK_EMAIL_SITE_NAME", host.isPresent() ? "" : "Mork demo");
    String baseUrl =
        s.string("MORK_EMAIL_SITE_BASE_URL", host.isPresent() ? "" : "http://localhost");
    String loginUrl =
        s.string("MORK_EMAIL_SITE_LOGIN_URL", host.isPresent() ? "" : "http://localhost/login");
    if (!RATE.matcher(rate).matches()) {
      s.problem(
          "MORK_EMAIL_RATE_LIMIT: '" + rate + "' is not a rate such as 100/m (per s, m or h)");
    }
    if (host.isPresent() && from.isEmpty()) {
      s.problem("MORK_EMAIL_FROM: required when MORK_EMAIL_HOST is set (an address)");
    } else if (!from.isEmpty() && !ADDRESS.matcher(from).matches()) {
      s.problem("MORK_EMAIL_FROM: '" + from + "' is not an email address such as mork@example.org");
    }
    if (host.isPresent() && (siteBaseUrlMissing(baseUrl) || loginUrl.isEmpty())) {
      s.warning(
          "MORK_EMAIL_SITE_BASE_URL or MORK_EMAIL_SITE_LOGIN_URL is empty: warning emails will"
              + " carry no login link");
    }
    return new EmailConfig(
        host.isEmpty(),
        outboxDir,
        host.orElse(""),
        port,
        user,
        password,
        tls,
        from,
        rate,
        retries,
        siteName,
        baseUrl,
        loginUrl);
  }

  private static boolean siteBaseUrlMissing(String baseUrl) {
    return baseUrl.isEmpty();
  }
}

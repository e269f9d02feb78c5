package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Warning emails ({@code MORK_EMAIL_*}): sent by SMTP when {@code MORK_EMAIL_HOST} is set, else
 * written as {@code .eml} files to {@code outboxDir}. {@code rateLimit} keeps the original form
 * ({@code 100/m}).
 */
public record EmailConfig(
    boolean outbox,
    Path outboxDir,
    String host,
    int port,
    String user,
    Secret password,
    boolean useTls,
    String from,
    String rateLimit,
    int maxRetries,
    String siteName,
    String siteBaseUrl,
    String siteLoginUrl) {
  public EmailConfig {
    Objects.requireNonNull(outboxDir, "outboxDir");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(rateLimit, "rateLimit");
  }
}

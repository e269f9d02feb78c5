package fr.openfun.mork.adapter.notify.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach the SMTP server: {@code MORK_EMAIL_HOST}, {@code _PORT}, {@code _USE_TLS}
 * (STARTTLS) or implicit TLS, {@code _HOST_USER}, {@code _HOST_PASSWORD}. {@code sslTrust} is
 * Jakarta Mail's {@code ssl.trust} (a host list, or {@code *}); empty means the JDK trust store.
 */
public record SmtpSettings(
    String host,
    int port,
    SmtpSecurity security,
    Optional<String> username,
    Optional<String> password,
    Optional<String> sslTrust,
    Duration connectTimeout,
    Duration readTimeout) {

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(sslTrust, "sslTrust");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535, was " + port);
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("password given without username");
    }
  }

  /** Plain SMTP without authentication and with 10 s / 30 s timeouts. */
  public static SmtpSettings plain(String host, int port) {
    return new SmtpSettings(
        host,
        port,
        SmtpSecurity.NONE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30));
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=%s, port=%d, security=%s, username=%s, password=%s]"
        .formatted(
            host, port, security, username.isPresent() ? "***" : "none", password.map(p -> "***"));
  }
}

package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Properties;

/** Sends through an SMTP server with Jakarta Mail (Angus): one connection per message. */
public final class SmtpMailTransport implements MailTransport {

  private final SmtpSettings settings;
  private final Session session;
  private final String protocol;

  public SmtpMailTransport(SmtpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.protocol = settings.security() == SmtpSecurity.IMPLICIT_TLS ? "smtps" : "smtp";
    this.session = Session.getInstance(properties(settings, protocol));
  }

  static Properties properties(SmtpSettings settings, String protocol) {
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.setProperty("mail.transport.protocol", protocol);
    props.setProperty(p + "host", settings.host());
    props.setProperty(p + "port", Integer.toString(settings.port()));
    props.setProperty(p + "auth", Boolean.toString(settings.username().isPresent()));
    props.setProperty(p + "connectiontimeout", millis(settings.connectTimeout()));
    props.setProperty(p + "timeout", millis(settings.readTimeout()));
    props.setProperty(p + "writetimeout", millis(settings.readTimeout()));
    if (settings.security() == SmtpSecurity.STARTTLS) {
      props.setProperty(p + "starttls.enable", "true");
      props.setProperty(p + "starttls.required", "true");
    }
    if (settings.security() != SmtpSecurity.NONE) {
      // Trusting every certificate ("*", development only) already gives up on identity.
      boolean trustAll = settings.sslTrust().filter("*"::equals).isPresent();
      props.setProperty(p + "ssl.checkserveridentity", Boolean.toString(!trustAll));
      settings.sslTrust().ifPresent(trust -> props.setProperty(p + "ssl.trust", trust));
    }
    return props;
  }

  private static String millis(java.time.Duration duration) {
    return Long.toString(duration.toMillis());
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void deliver(MimeMessage message) throws MessagingException {
    try (Transport transport = session.getTransport(protocol)) {
      transport.connect(
          settings.host(),
          settings.port(),
          settings.username().orElse(null),
          settings.password().orElse(null));
      transport.sendMessage(message, message.getAllRecipients());
    }
  }
}

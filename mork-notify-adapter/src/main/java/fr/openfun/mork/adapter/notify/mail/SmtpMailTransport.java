package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.adapter.notify.mail.Connections.Connection;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail (Angus), keeping connections open from one message
 * to the next (one per concurrent sender, see {@link Connections}).
 */
public final class SmtpMailTransport implements MailTransport, AutoCloseable {

  private final SmtpSettings settings;
  private final Session session;
  private final String protocol;
  private final Connections connections = new Connections();

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

  /**
   * Sends on an open connection when one is idle, else on a new one, and keeps the connection for
   * the next message. A connection that failed is closed; when a reused one turns out to have been
   * closed by the server (no SMTP reply, or {@code 421}), the message goes once more on a new one.
   */
  @Override
  public void deliver(MimeMessage message) throws MessagingException {
    Optional<Connection> reused = connections.borrow();
    if (reused.isPresent()) {
      try {
        send(reused.get(), message);
        return;
      } catch (MessagingException e) {
        if (!MailFailures.isConnectionLost(e)) {
          throw e;
        }
      }
    }
    send(open(), message);
  }

  private void send(Connection connection, MimeMessage message) throws MessagingException {
    try {
      connection.transport().sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      Connections.closeQuietly(connection);
      throw e;
    }
    connections.release(connection);
  }

  private Connection open() throws MessagingException {
    Transport transport = session.getTransport(protocol);
    try {
      transport.connect(
          settings.host(),
          settings.port(),
          settings.username().orElse(null),
          settings.password().orElse(null));
    } catch (MessagingException | RuntimeException e) {
      Connections.closeQuietly(new Connection(transport, 0));
      throw e;
    }
    return new Connection(transport, System.nanoTime());
  }

  /** Closes the idle connections (QUIT); a later message opens a new one. */
  @Override
  public void close() {
    connections.closeAll();
  }
}

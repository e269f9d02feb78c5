package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.adapter.notify.mail.Connections.Connection;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;

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
    Properties props = properties(settings, protocol);
    // Angus' own write-timeout timer wakes a thread at every socket write (see WriteDeadlines).
    props.put(
        "mail." + protocol + ".executor.writetimeout",
        WriteDeadlines.forTimeout(settings.readTimeout()));
    this.session = Session.getInstance(props);
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
    deliver(message, () -> true);
  }

  /**
   * As {@link #deliver(MimeMessage)}, asking {@code release} just before the end-of-data dot: on
   * false the connection is closed without the dot, so the server discards the message, and it is
   * not sent again.
   */
  @Override
  public void deliver(MimeMessage message, BooleanSupplier release) throws MessagingException {
    Abandonable until = new Abandonable(release);
    Optional<Connection> reused = connections.borrow();
    if (reused.isPresent()) {
      try {
        send(reused.get(), message, until);
        return;
      } catch (MessagingException e) {
        if (until.refused || !MailFailures.isConnectionLost(e)) {
          throw e;
        }
      }
    }
    send(open(), message, until);
  }

  /** Remembers a refusal, so that an abandoned message is not sent again on a new connection. */
  private static final class Abandonable implements BooleanSupplier {
    private final BooleanSupplier release;
    private boolean refused;

    Abandonable(BooleanSupplier release) {
      this.release = release;
    }

    @Override
    public boolean getAsBoolean() {
      refused = !release.getAsBoolean();
      return !refused;
    }
  }

  private void send(Connection connection, MimeMessage message, BooleanSupplier release)
      throws MessagingException {
    try {
      connection.transport().send(message, release);
    } catch (MessagingException | RuntimeException e) {
      Connections.closeQuietly(connection);
      throw e;
    }
    connections.release(connection);
  }

  private Connection open() throws MessagingException {
    GatedSmtpTransport transport = new GatedSmtpTransport(session, protocol);
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

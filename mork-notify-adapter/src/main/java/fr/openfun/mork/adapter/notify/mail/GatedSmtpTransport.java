package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus' SMTP transport (connection, STARTTLS, AUTH, MAIL, RCPT, DATA unchanged) that waits on a
 * {@link DeliveryGate} before the end-of-data dot. The server accepts a message only when it reads
 * the dot (RFC 5321 §4.1.1.4); a refusal throws an {@link IOException} there, on which {@code
 * SMTPTransport.sendMessage} closes the connection without writing the dot, so the server drops the
 * transaction (RFC 5321 §3.8).
 */
final class GatedSmtpTransport extends SMTPTransport {

  private static final BooleanSupplier OPEN = () -> true;

  private BooleanSupplier release = OPEN; // guarded by this

  GatedSmtpTransport(Session session, String protocol) {
    super(
        session,
        new URLName(protocol, null, -1, null, null, null),
        protocol,
        "smtps".equals(protocol));
  }

  /** Sends the message, asking {@code until} before the dot (false: abandon it). */
  synchronized void send(MimeMessage message, BooleanSupplier until) throws MessagingException {
    release = until;
    try {
      sendMessage(message, message.getAllRecipients());
    } finally {
      release = OPEN;
    }
  }

  @Override
  protected void finishData() throws IOException, MessagingException {
    if (!release.getAsBoolean()) {
      throw new IOException("message abandoned before the end of data");
    }
    super.finishData();
  }
}

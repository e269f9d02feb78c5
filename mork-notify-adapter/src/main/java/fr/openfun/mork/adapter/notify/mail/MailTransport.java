package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.function.BooleanSupplier;

/** Where composed messages go: an SMTP server or an outbox folder. */
public interface MailTransport {

  /** The session messages are built in. */
  Session session();

  /** Delivers one message; throws the library's exception, which the notifier classifies. */
  void deliver(MimeMessage message) throws MessagingException;

  /**
   * Delivers one message, asking {@code release} just before the server would accept it: false
   * withdraws the message, which is then never accepted. By default nothing is sent before.
   */
  default void deliver(MimeMessage message, BooleanSupplier release) throws MessagingException {
    if (!release.getAsBoolean()) {
      throw new MessagingException("message abandoned before delivery");
    }
    deliver(message);
  }
}

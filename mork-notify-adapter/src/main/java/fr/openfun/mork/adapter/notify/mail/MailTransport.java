package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where composed messages go: an SMTP server or an outbox folder. */
public interface MailTransport {

  /** The session messages are built in. */
  Session session();

  /** Delivers one message; throws the library's exception, which the notifier classifies. */
  void deliver(MimeMessage message) throws MessagingException;
}

package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose headers are complete and whose body is already MIME-encoded: Jakarta Mail writes
 * it as it is ({@code writeTo} sends the header lines, then the body bytes) and never builds body
 * parts again. Building {@code MimeBodyPart}s and {@code MimeMultipart}s looks up Jakarta Mail's
 * {@code StreamProvider} through a {@code ServiceLoader} on every part, header encoding and write
 * (jakartaee/mail-api#861), which cost more CPU than the rest of a warning together.
 */
final class EncodedMessage extends MimeMessage {
  private final String subject;

  /** Headers are set by the caller before {@link #seal(byte[])}; the subject as it reads. */
  EncodedMessage(Session session, String subject) {
    super(session);
    this.subject = subject;
  }

  /** Fixes the body (the bytes after the header's blank line) and a fresh {@code Message-ID}. */
  EncodedMessage seal(byte[] body) throws MessagingException {
    updateMessageID();
    content = body;
    modified = false;
    saved = true;
    return this;
  }

  /** The subject as given, not decoded again from its RFC 2047 header form. */
  @Override
  public String getSubject() {
    return subject;
  }

  /** Nothing to update: the headers are complete and the body is encoded. */
  @Override
  public void saveChanges() {
    // sealed
  }
}

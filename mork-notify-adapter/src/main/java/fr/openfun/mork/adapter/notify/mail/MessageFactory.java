package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code multipart/alternative} messages: plain text first, then HTML, all UTF-8, with the
 * headers Jakarta Mail would set. The body is encoded once into an {@link EncodedMessage}; the
 * encoded form of the last {@link #SUBJECTS} subjects is kept (a run's subjects differ only by
 * reminder and deletion date). Thread-safe.
 */
final class MessageFactory {

  static final int SUBJECTS = 64;
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Map<String, String> encodedSubjects =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > SUBJECTS;
        }
      }; // guarded by itself

  /** The rendered parts of one message. */
  record Content(String subject, String text, String html) {}

  EncodedMessage compose(
      Session session, InternetAddress from, List<String> to, Content content, Instant sentAt)
      throws MessagingException {
    String subject = content.subject().strip();
    EncodedMessage message = new EncodedMessage(session, subject);
    message.setFrom(from);
    for (String recipient : to) {
      message.addRecipient(Message.RecipientType.TO, address(recipient));
    }
    message.setHeader("Subject", encodedSubject(subject));
    message.setSentDate(Date.from(sentAt));
    message.setHeader("Auto-Submitted", "auto-generated");
    String boundary = MimeBody.boundary();
    message.setHeader("MIME-Version", "1.0");
    message.setHeader("Content-Type", "multipart/alternative; \r\n\tboundary=\"" + boundary + "\"");
    return message.seal(
        MimeBody.alternative(
            session.getStreamProvider(), boundary, content.text(), content.html()));
  }

  /** As {@code MimeMessage.setSubject(subject, "UTF-8")} writes it: RFC 2047, folded. */
  private String encodedSubject(String subject) throws MessagingException {
    synchronized (encodedSubjects) {
      String encoded = encodedSubjects.get(subject);
      if (encoded != null) {
        return encoded;
      }
    }
    String encoded;
    try {
      encoded = MimeUtility.fold(9, MimeUtility.encodeText(subject, UTF_8, null));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("cannot encode the subject", e);
    }
    synchronized (encodedSubjects) {
      encodedSubjects.put(subject, encoded);
    }
    return encoded;
  }

  /**
   * Parses a strict address, converting an internationalised domain to its ASCII (punycode) form:
   * {@code jean@école.fr} becomes {@code jean@xn--cole-9oa.fr}. A display name (as in {@code "Mork
   * <mork@example.org>"}) is kept.
   */
  static InternetAddress address(String value) throws AddressException {
    InternetAddress parsed = new InternetAddress(value, false);
    String email = parsed.getAddress();
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      throw new AddressException("address has no domain", Integer.toString(at));
    }
    String domain;
    try {
      domain = IDN.toASCII(email.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw new AddressException("invalid domain");
    }
    InternetAddress ascii = new InternetAddress(email.substring(0, at + 1) + domain, true);
    if (parsed.getPersonal() != null) {
      try {
        ascii.setPersonal(parsed.getPersonal(), UTF_8);
      } catch (UnsupportedEncodingException e) {
        throw new AddressException("unsupported personal name encoding");
      }
    }
    return ascii;
  }
}

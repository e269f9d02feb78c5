package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Builds {@code multipart/alternative} messages: plain text first, then HTML, all UTF-8. */
final class MessageFactory {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private MessageFactory() {}

  /** The rendered parts of one message. */
  record Content(String subject, String text, String html) {}

  static MimeMessage compose(
      Session session, String from, List<String> to, Content content, Instant sentAt)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(address(from));
    for (String recipient : to) {
      message.addRecipient(Message.RecipientType.TO, address(recipient));
    }
    message.setSubject(content.subject().strip(), UTF_8);
    message.setSentDate(Date.from(sentAt));
    message.setHeader("Auto-Submitted", "auto-generated");

    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), UTF_8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), UTF_8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
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
      } catch (java.io.UnsupportedEncodingException e) {
        throw new AddressException("unsupported personal name encoding");
      }
    }
    return ascii;
  }
}

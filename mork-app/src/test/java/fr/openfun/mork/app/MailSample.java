package fr.openfun.mork.app;

import fr.openfun.mork.adapter.notify.mail.MailWarningNotifier;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.WarningNotice;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * One warning as Mork renders it (subject, text and HTML parts, taken from what the sink received)
 * and the baseline that sends messages of the same size and headers: a plain Jakarta Mail loop,
 * {@code Transport.connect} once then {@code sendMessage} for each message, default properties.
 */
record MailSample(String subject, String text, String html, int bytes) {
  static final String FROM = "Mork <mork@fun-mooc.example>";

  static MailSample capture(SmtpSink sink, MailWarningNotifier notifier) throws Exception {
    sink.reset(1);
    EdxUser user =
        new EdxUser(
            MailBenchWorld.FIRST_LEARNER,
            "learner" + MailBenchWorld.FIRST_LEARNER,
            "learner" + MailBenchWorld.FIRST_LEARNER + "@learners.example.net",
            Optional.of(Instant.parse("2015-06-01T10:00:00Z")),
            Instant.parse("2014-01-01T10:00:00Z"),
            true,
            false,
            false);
    NotificationOutcome outcome =
        notifier.warn(new WarningNotice(user, 1, 1, Instant.now().plus(Duration.ofDays(30)), 30));
    if (!(outcome instanceof NotificationOutcome.Sent)) {
      throw new IllegalStateException("sample warning not sent: " + outcome);
    }
    byte[] raw = sink.lastMessage();
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    Multipart parts = (Multipart) message.getContent();
    return new MailSample(
        message.getSubject(),
        (String) parts.getBodyPart(0).getContent(),
        (String) parts.getBodyPart(1).getContent(),
        raw.length);
  }

  /** Sends {@code n} messages, one per learner, over one SMTP connection. */
  void sendPlain(int port, int n) throws Exception {
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", "127.0.0.1");
    props.setProperty("mail.smtp.port", String.valueOf(port));
    Session session = Session.getInstance(props);
    InternetAddress from = new InternetAddress(FROM);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect("127.0.0.1", port, null, null);
      for (int i = 0; i < n; i++) {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.addRecipient(
            Message.RecipientType.TO,
            new InternetAddress(
                "learner" + (MailBenchWorld.FIRST_LEARNER + i) + "@learners.example.net"));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
  }
}

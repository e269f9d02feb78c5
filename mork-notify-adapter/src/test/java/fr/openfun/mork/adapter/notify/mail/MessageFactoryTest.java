package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageFactoryTest {
  private static final Session SESSION = Session.getInstance(new Properties());
  private static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void givenInternationalisedDomain_address_usesPunycode() throws Exception {
    String email = "jean@école.fr";

    InternetAddress address = MessageFactory.address(email);

    assertThat(address.getAddress()).isEqualTo("jean@xn--cole-9oa.fr");
  }

  @Test
  void givenDisplayName_address_keepsItUtf8() throws Exception {
    String from = "Équipe FUN <mork@fun-mooc.example>";

    InternetAddress address = MessageFactory.address(from);

    assertThat(address.getPersonal()).isEqualTo("Équipe FUN");
    assertThat(address.getAddress()).isEqualTo("mork@fun-mooc.example");
  }

  @Test
  void givenNoDomain_address_isRejected() {
    String email = "not-an-email";

    var thrown = assertThatThrownBy(() -> MessageFactory.address(email));

    thrown.isInstanceOf(AddressException.class);
  }

  /** French (quoted-printable), ASCII (7bit), Cyrillic (base64), a long line, control bytes. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bonjour jean,\n\nVotre compte sera supprimé le 5 janvier 2027.\nL'équipe  \n",
        "Hello jean,\n\nYour account will be deleted.\n.\n..leading dots\n",
        "Здравствуйте, Иван! Ваша учётная запись будет удалена.\n",
        "a very long line: ",
        "tab\tand bell \u0007 and a lone CR\r in the text\n"
      })
  void givenContent_compose_writesTheBytesMimeMultipartWrites(String value) throws Exception {
    String text = value.equals("a very long line: ") ? value + "x".repeat(1200) + "\n" : value;
    var content = new MessageFactory.Content(" Rappel 1 : compte supprimé ", text, "<p>" + text);

    byte[] composed = written(compose(content));

    assertThat(normalised(composed)).isEqualTo(normalised(written(withMimeMultipart(content))));
  }

  @Test
  void givenComposedWarning_parse_readsTextThenHtmlAndTheSubject() throws Exception {
    var content = new MessageFactory.Content("Rappel : supprimé", "Bonjour é\n", "<p>é</p>\n");

    MimeMessage parsed =
        new MimeMessage(SESSION, new ByteArrayInputStream(written(compose(content))));

    Multipart parts = (Multipart) parsed.getContent();
    assertThat(parsed.getSubject()).isEqualTo("Rappel : supprimé");
    assertThat(parsed.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Bonjour é\r\n");
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>é</p>\r\n");
    assertThat(parsed.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(parsed.getHeader("Message-ID")).hasSize(1);
  }

  @Test
  void givenTwoMessages_compose_givesEachItsOwnBoundaryAndMessageId() throws Exception {
    var content = new MessageFactory.Content("Rappel", "Bonjour\n", "<p>Bonjour</p>\n");

    MimeMessage first = compose(content);
    MimeMessage second = compose(content);

    assertThat(first.getContentType()).isNotEqualTo(second.getContentType());
    assertThat(first.getMessageID()).isNotEqualTo(second.getMessageID());
  }

  private static MimeMessage compose(MessageFactory.Content content) throws Exception {
    return new MessageFactory()
        .compose(
            SESSION,
            MessageFactory.address("Mork <mork@fun-mooc.example>"),
            List.of("jean@école.fr"),
            content,
            SENT);
  }

  /** What the notify adapter built before, with Jakarta Mail's own parts. */
  private static MimeMessage withMimeMultipart(MessageFactory.Content content) throws Exception {
    MimeMessage message = new MimeMessage(SESSION);
    message.setFrom(MessageFactory.address("Mork <mork@fun-mooc.example>"));
    message.addRecipient(Message.RecipientType.TO, MessageFactory.address("jean@école.fr"));
    message.setSubject(content.subject().strip(), "UTF-8");
    message.setSentDate(Date.from(SENT));
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private static byte[] written(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  /** The bytes with the random parts (boundary, Message-ID) replaced. */
  private static String normalised(byte[] raw) {
    return new String(raw, StandardCharsets.ISO_8859_1)
        .replaceAll("----=_Part_[0-9A-Za-z_.]+", "BOUNDARY")
        .replaceAll("Message-ID: <[^>]+>", "Message-ID: <ID>");
  }
}

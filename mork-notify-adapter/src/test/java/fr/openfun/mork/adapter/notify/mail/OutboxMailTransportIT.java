package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.NotificationOutcome;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportIT {

  @Test
  void givenOutboxFolder_warn_writesEmlThatParsesBackAsMime(@TempDir Path folder) throws Exception {
    var notifier =
        new MailWarningNotifier(
            MailFixtures.settings(),
            new OutboxMailTransport(folder, MailFixtures.CLOCK),
            MailFixtures.CLOCK);

    NotificationOutcome outcome = notifier.warn(MailFixtures.aWarning("jean", "jean@example.org"));

    List<Path> files;
    try (var listing = Files.list(folder)) {
      files = listing.toList();
    }
    MimeMessage parsed;
    try (InputStream in = Files.newInputStream(files.getFirst())) {
      parsed = new MimeMessage(Session.getInstance(new Properties()), in);
    }
    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(files).singleElement().asString().endsWith(".eml");
    assertThat(parsed.getSubject()).contains("12 mars 2026");
    assertThat(parsed.getContentType()).startsWith("multipart/alternative");
    assertThat(((Multipart) parsed.getContent()).getCount()).isEqualTo(2);
  }
}

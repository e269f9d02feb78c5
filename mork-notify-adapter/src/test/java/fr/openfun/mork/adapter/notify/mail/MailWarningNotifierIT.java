package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailWarningNotifierIT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private MailWarningNotifier notifier(MailSettings settings) {
    var smtp = SmtpSettings.plain("127.0.0.1", greenMail.getSmtp().getPort());
    return new MailWarningNotifier(settings, new SmtpMailTransport(smtp), MailFixtures.CLOCK);
  }

  private static MimeMessage onlyMessage() {
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    return greenMail.getReceivedMessages()[0];
  }

  @Test
  void givenWarning_warn_sendsTextThenHtmlAlternatives() throws Exception {
    var notice = MailFixtures.aWarning("jean", "jean@example.org");

    NotificationOutcome outcome = notifier(MailFixtures.settings()).warn(notice);

    MimeMessage message = onlyMessage();
    Multipart parts = (Multipart) message.getContent();
    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    assertThat(message.getHeader("From")[0]).isEqualTo("Mork <mork@fun-mooc.example>");
    assertThat(message.getHeader("To")[0]).isEqualTo("jean@example.org");
    assertThat(message.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
  }

  @Test
  void givenFrenchWarning_warn_encodesUtf8SubjectWithDeletionDate() throws Exception {
    var notice = MailFixtures.aWarning("jean", "jean@example.org");

    notifier(MailFixtures.settings()).warn(notice);

    MimeMessage message = onlyMessage();
    assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(message.getSubject())
        .isEqualTo("Rappel 1 : votre compte FUN MOOC sera supprimé le 12 mars 2026");
  }

  @Test
  void givenScriptUsername_warn_escapesItInHtmlAndStatesDateInBothParts() throws Exception {
    var notice = MailFixtures.aWarning("<script>alert(1)</script>", "jean@example.org");

    notifier(MailFixtures.settings()).warn(notice);

    Multipart parts = (Multipart) onlyMessage().getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(html).contains("12 mars 2026").contains("href=\"https://fun-mooc.example/login\"");
    assertThat(text).contains("12 mars 2026").contains("dans 30 jours");
  }

  @Test
  void givenInternationalisedDomain_warn_deliversToPunycodeAddress() throws Exception {
    var notice = MailFixtures.aWarning("jean", "jean@école.example");

    NotificationOutcome outcome = notifier(MailFixtures.settings()).warn(notice);

    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(onlyMessage().getAllRecipients()[0].toString())
        .isEqualTo("jean@xn--cole-9oa.example");
  }

  @Test
  void givenInvalidAddress_warn_failsPermanentlyWithoutSending() {
    var notice = MailFixtures.aWarning("jean", "jean@@example");

    NotificationOutcome outcome = notifier(MailFixtures.settings()).warn(notice);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            NotificationOutcome.Failed.class,
            f ->
                assertThat(f.kind()).isEqualTo(fr.openfun.mork.domain.model.FailureKind.PERMANENT));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenOverrideFolder_warn_usesFolderTemplateAndClasspathForTheRest(@TempDir Path folder)
      throws Exception {
    Files.createDirectories(folder.resolve("fr"));
    Files.writeString(
        folder.resolve("fr/warning-subject.ftl"),
        "Action requise, ${username} !",
        StandardCharsets.UTF_8);
    MailSettings base = MailFixtures.settings();
    MailSettings settings =
        new MailSettings(
            base.from(),
            base.siteName(),
            base.siteBaseUrl(),
            base.siteLoginUrl(),
            base.locale(),
            base.zone(),
            base.rateLimit(),
            base.rateLimitMaxWait(),
            base.maxRetries(),
            base.retryBackoff(),
            base.operatorRecipients(),
            true,
            Optional.of(folder));

    notifier(settings).warn(MailFixtures.aWarning("jean", "jean@example.org"));

    MimeMessage message = onlyMessage();
    assertThat(message.getSubject()).isEqualTo("Action requise, jean !");
    assertThat((String) ((Multipart) message.getContent()).getBodyPart(0).getContent())
        .contains("12 mars 2026");
  }

  @Test
  void givenDeletionNotice_notifyDeleted_sendsFinalNotice() throws Exception {
    var notice = new DeletionNotice("jean@example.org", "jean", MailFixtures.DELETION);

    NotificationOutcome outcome = notifier(MailFixtures.settings()).notifyDeleted(notice);

    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(onlyMessage().getSubject()).isEqualTo("Votre compte FUN MOOC a été supprimé");
  }

  @Test
  void givenDeletionNoticesDisabled_notifyDeleted_sendsNothing() {
    MailSettings base = MailFixtures.settings();
    MailSettings off =
        new MailSettings(
            base.from(),
            base.siteName(),
            base.siteBaseUrl(),
            base.siteLoginUrl(),
            base.locale(),
            base.zone(),
            base.rateLimit(),
            base.rateLimitMaxWait(),
            base.maxRetries(),
            base.retryBackoff(),
            base.operatorRecipients(),
            false,
            Optional.empty());

    NotificationOutcome outcome =
        notifier(off)
            .notifyDeleted(new DeletionNotice("jean@example.org", "jean", MailFixtures.DELETION));

    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenRunReport_sendDigest_mailsCountsToOperatorsWithoutRawEmails() throws Exception {
    MailSettings base = MailFixtures.settings();
    MailSettings withOps =
        new MailSettings(
            base.from(),
            base.siteName(),
            base.siteBaseUrl(),
            base.siteLoginUrl(),
            base.locale(),
            base.zone(),
            base.rateLimit(),
            base.rateLimitMaxWait(),
            base.maxRetries(),
            base.retryBackoff(),
            List.of("ops@fun-mooc.example"),
            true,
            Optional.empty());
    var report =
        new RunReport(
            TaskType.DELETE_INACTIVE_USERS,
            false,
            new TaskProgress(120, 7, 5, 1, 1, 900),
            Map.of("deleted", 5L, "protected", 1L, "failed", 1L),
            List.of(new ReportEntry(77, "j***@e***.org", "protected", "certificates", Map.of())),
            false,
            List.of(77L),
            Optional.empty());

    NotificationOutcome outcome = notifier(withOps).sendDigest(report);

    MimeMessage message = onlyMessage();
    String text = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ops@fun-mooc.example");
    assertThat(text)
        .contains("Examinés : 120")
        .contains("protected : 1")
        .contains("77 j***@e***.org");
    assertThat(text).doesNotContainPattern("[a-z]+@[a-z]+\\.");
  }
}

package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GreenMail 2.1.5 speaks SMTPS (implicit TLS, self-signed certificate) and AUTH, but not STARTTLS:
 * STARTTLS is checked by refusing to send in clear to a server that does not offer it.
 */
class MailSecurityIT {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
              new ServerSetup[] {
                ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()
              })
          .withConfiguration(
              GreenMailConfiguration.aConfig()
                  .withUser("mork@fun-mooc.example", "mork", "right-password"));

  private static MailWarningNotifier notifier(SmtpSecurity security, int port, String password) {
    var smtp =
        new SmtpSettings(
            "127.0.0.1",
            port,
            security,
            Optional.of("mork"),
            Optional.of(password),
            Optional.of("*"),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    MailSettings settings =
        MailFixtures.fast(MailFixtures.settings(), MailFixtures.settings().rateLimit(), 0);
    return new MailWarningNotifier(settings, new SmtpMailTransport(smtp), MailFixtures.CLOCK);
  }

  @Test
  void givenImplicitTlsAndCredentials_warn_isDelivered() {
    int port = greenMail.getSmtps().getPort();

    NotificationOutcome outcome =
        notifier(SmtpSecurity.IMPLICIT_TLS, port, "right-password")
            .warn(MailFixtures.aWarning("jean", "jean@example.org"));

    assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void givenWrongPassword_warn_isServiceRejected() {
    int port = greenMail.getSmtps().getPort();

    NotificationOutcome outcome =
        notifier(SmtpSecurity.IMPLICIT_TLS, port, "wrong-password")
            .warn(MailFixtures.aWarning("jean", "jean@example.org"));

    assertThat(outcome)
        .isEqualTo(
            new NotificationOutcome.Failed(
                FailureKind.SERVICE_REJECTED, "SMTP authentication failed"));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void givenStartTlsRequiredAndServerWithoutIt_warn_refusesToSendInClear() {
    int port = greenMail.getSmtp().getPort();

    NotificationOutcome outcome =
        notifier(SmtpSecurity.STARTTLS, port, "right-password")
            .warn(MailFixtures.aWarning("jean", "jean@example.org"));

    assertThat(outcome)
        .isEqualTo(
            new NotificationOutcome.Failed(
                FailureKind.SERVICE_REJECTED, "SMTP server does not offer required STARTTLS"));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }
}

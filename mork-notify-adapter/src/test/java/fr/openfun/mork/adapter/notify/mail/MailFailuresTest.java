package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class MailFailuresTest {

  private static SendFailedException rcptRejected(int code) throws AddressException {
    InternetAddress to = new InternetAddress("jean@example.org");
    var rcpt =
        new SMTPAddressFailedException(
            to, "RCPT TO:<jean@example.org>", code, "jean@example.org no");
    return new SendFailedException("Invalid Addresses", rcpt);
  }

  @Test
  void givenGreylisted450Recipient_classify_isTransient() throws Exception {
    SendFailedException failure = rcptRejected(450);

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void givenUnknownUser550_classify_isPermanentWithoutTheAddress() throws Exception {
    SendFailedException failure = rcptRejected(550);

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.PERMANENT);
    assertThat(outcome.reason()).contains("550").doesNotContain("jean");
  }

  @Test
  void givenDataRejected552_classify_isPermanent() {
    var failure = new SMTPSendFailedException("DATA", 552, "too big", null, null, null, null);

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.PERMANENT);
  }

  @Test
  void givenBadCredentials_classify_isServiceRejected() {
    var failure = new AuthenticationFailedException("535 5.7.8 bad credentials");

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.SERVICE_REJECTED);
  }

  @Test
  void givenRefusedConnection_classify_isTransient() {
    var failure = new MessagingException("Couldn't connect", new ConnectException("refused"));

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void givenReadTimeout_classify_isTransient() {
    var failure =
        new MessagingException("IOException", new SocketTimeoutException("Read timed out"));

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome)
        .isEqualTo(new NotificationOutcome.Failed(FailureKind.TRANSIENT, "SMTP server timed out"));
  }

  @Test
  void givenMalformedAddress_classify_isPermanent() {
    var failure = new AddressException("Missing final '@domain'", "jean");

    NotificationOutcome.Failed outcome = MailFailures.classify(failure);

    assertThat(outcome.kind()).isEqualTo(FailureKind.PERMANENT);
  }
}

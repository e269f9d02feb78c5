package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transient and permanent SMTP failures, and the rate limit, seen from a real server. */
class MailDeliveryIT {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser("ops@example.org", "ops", "pw"));

  private static MailWarningNotifier notifier(int port, RateLimit rateLimit, int maxRetries) {
    MailSettings settings = MailFixtures.fast(MailFixtures.settings(), rateLimit, maxRetries);
    var smtp = SmtpSettings.plain("127.0.0.1", port);
    return new MailWarningNotifier(settings, new SmtpMailTransport(smtp), MailFixtures.CLOCK);
  }

  private static final RateLimit UNLIMITED = new RateLimit(1000, Duration.ofSeconds(1));

  @Test
  void givenGreylistingOnce_warn_retriesThenSends() throws Exception {
    try (var proxy =
        new ScriptedSmtpProxy(
            greenMail.getSmtp().getPort(), List.of("450 4.7.1 Greylisted, try later"), null)) {

      NotificationOutcome outcome =
          notifier(proxy.port(), UNLIMITED, 2)
              .warn(MailFixtures.aWarning("jean", "jean@example.org"));

      assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
      assertThat(proxy.connections()).isEqualTo(2);
      assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
  }

  @Test
  void givenUnknownRecipient550_warn_failsPermanentlyWithoutRetry() throws Exception {
    try (var proxy =
        new ScriptedSmtpProxy(greenMail.getSmtp().getPort(), List.of(), "550 5.1.1 User unknown")) {

      NotificationOutcome outcome =
          notifier(proxy.port(), UNLIMITED, 3)
              .warn(MailFixtures.aWarning("jean", "jean@example.org"));

      assertThat(outcome)
          .isEqualTo(new NotificationOutcome.Failed(FailureKind.PERMANENT, "SMTP 550 (rejected)"));
      assertThat(proxy.connections()).isEqualTo(1);
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void givenRefusedConnection_warn_retriesThenFailsTransient() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    NotificationOutcome outcome =
        notifier(closedPort, UNLIMITED, 1).warn(MailFixtures.aWarning("jean", "jean@example.org"));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            NotificationOutcome.Failed.class,
            f -> assertThat(f.kind()).isEqualTo(FailureKind.TRANSIENT));
  }

  @Test
  void givenTwoPerHalfSecond_warnSeven_serverNeverGetsMoreThanFourPerHalfSecond() throws Exception {
    var notifier =
        notifier(greenMail.getSmtp().getPort(), new RateLimit(2, Duration.ofMillis(500)), 0);

    IntStream.range(0, 7)
        .forEach(i -> notifier.warn(MailFixtures.aWarning("u" + i, "ops@example.org")));

    var inbox =
        greenMail
            .getManagers()
            .getImapHostManager()
            .getInbox(greenMail.getManagers().getUserManager().getUser("ops"));
    List<Long> arrivals =
        inbox.getMessages().stream()
            .map(StoredMessage::getReceivedDate)
            .map(d -> d.getTime())
            .sorted()
            .toList();
    assertThat(arrivals).hasSize(7);
    // Two permits per 500 ms cycle: messages i and i+4 are at least two cycles apart, so more than
    // 500 ms (minus 1 ms of timestamp rounding); without the limit all seven arrive within ~100 ms.
    IntStream.range(0, 3)
        .forEach(
            i -> assertThat(arrivals.get(i + 4) - arrivals.get(i)).isGreaterThanOrEqualTo(499));
  }
}

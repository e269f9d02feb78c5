package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.port.out.StagedWarning;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staged warnings on a real SMTP server: sent up to the end-of-data dot, accepted only on {@code
 * deliver()}, never when abandoned; failures before and at the dot handled as for {@code warn}.
 */
class StagedMailIT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final RateLimit UNLIMITED = new RateLimit(1000, Duration.ofSeconds(1));

  private static MailWarningNotifier notifier(int port, int maxRetries) {
    MailSettings settings = MailFixtures.fast(MailFixtures.settings(), UNLIMITED, maxRetries);
    var smtp = SmtpSettings.plain("127.0.0.1", port);
    return new MailWarningNotifier(settings, new SmtpMailTransport(smtp), MailFixtures.CLOCK);
  }

  private static ScriptedSmtpProxy proxy(String command, List<String> once, String always)
      throws Exception {
    return new ScriptedSmtpProxy(greenMail.getSmtp().getPort(), command, once, always);
  }

  private static StagedWarning stage(MailWarningNotifier notifier, String name) {
    return notifier.stage(MailFixtures.aWarning(name, name + "@example.org"));
  }

  private static List<String> recipients() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(StagedMailIT::to).toList();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls (no timing asserted) until the condition holds, failing after 10 s. */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void givenWarningStagedUpToTheDot_beforeDeliver_serverHasAcceptedNothing() throws Exception {
    try (var proxy = proxy("RCPT TO", List.of(), null)) {
      StagedWarning staged = stage(notifier(proxy.port(), 0), "jean");
      await(() -> proxy.dataCommands() == 1);
      Thread.sleep(100); // leaves the server time to accept, were the dot sent

      assertThat(greenMail.getReceivedMessages()).isEmpty();

      assertThat(staged.deliver()).isEqualTo(new NotificationOutcome.Sent());
      assertThat(recipients()).containsExactly("jean@example.org");
    }
  }

  @Test
  void givenStagedWarningAbandoned_serverNeverReceivesIt() throws Exception {
    try (var proxy = proxy("RCPT TO", List.of(), null)) {
      var notifier = notifier(proxy.port(), 3);
      stage(notifier, "first").deliver();
      StagedWarning staged = stage(notifier, "jean"); // on the open connection
      await(() -> proxy.dataCommands() == 2);

      staged.abandon();
      NotificationOutcome next = stage(notifier, "marie").deliver();

      assertThat(next).isEqualTo(new NotificationOutcome.Sent());
      assertThat(recipients()).containsExactly("first@example.org", "marie@example.org");
      assertThat(proxy.connections()).as("the abandoned one's connection was closed").isEqualTo(2);
      assertThat(proxy.dataCommands()).as("the abandoned one was not sent again").isEqualTo(3);
    }
  }

  @Test
  void givenWarningsStagedOneAfterAnother_eachArrivesOnceInOrderOverOneConnection()
      throws Exception {
    try (var proxy = proxy("RCPT TO", List.of(), null)) {
      var notifier = notifier(proxy.port(), 0);
      List<NotificationOutcome> outcomes = new ArrayList<>();

      StagedWarning staged = stage(notifier, "u0");
      for (int i = 1; i < 5; i++) {
        outcomes.add(staged.deliver());
        staged = stage(notifier, "u" + i);
      }
      outcomes.add(staged.deliver());

      assertThat(outcomes).hasSize(5).containsOnly(new NotificationOutcome.Sent());
      assertThat(recipients())
          .containsExactly(
              "u0@example.org",
              "u1@example.org",
              "u2@example.org",
              "u3@example.org",
              "u4@example.org");
      assertThat(proxy.connections()).isEqualTo(1);
    }
  }

  @Test
  void givenGreylistedRecipientOnce_stagedWarning_isRetriedBeforeTheDotThenDelivered()
      throws Exception {
    try (var proxy = proxy("RCPT TO", List.of("450 4.7.1 Greylisted, try later"), null)) {

      NotificationOutcome outcome = stage(notifier(proxy.port(), 2), "jean").deliver();

      assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
      assertThat(proxy.connections()).isEqualTo(2);
      assertThat(recipients()).containsExactly("jean@example.org");
    }
  }

  @Test
  void givenUnknownRecipient550_stagedWarning_failsPermanentlyWithoutRetry() throws Exception {
    try (var proxy = proxy("RCPT TO", List.of(), "550 5.1.1 User unknown")) {

      NotificationOutcome outcome = stage(notifier(proxy.port(), 3), "jean").deliver();

      assertThat(outcome)
          .isEqualTo(new NotificationOutcome.Failed(FailureKind.PERMANENT, "SMTP 550 (rejected)"));
      assertThat(proxy.connections()).isEqualTo(1);
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void givenData451Once_stagedWarning_isRetriedThenDelivered() throws Exception {
    try (var proxy = proxy("DATA", List.of("451 4.3.0 Try again later"), null)) {

      NotificationOutcome outcome = stage(notifier(proxy.port(), 2), "jean").deliver();

      assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
      assertThat(proxy.connections()).isEqualTo(2);
      assertThat(recipients()).containsExactly("jean@example.org");
    }
  }

  @Test
  void givenDot451Once_stagedWarning_isSentAgainAfterDeliverAndArrivesOnce() throws Exception {
    try (var proxy = proxy(".", List.of("451 4.3.0 Queue full"), null)) {

      NotificationOutcome outcome = stage(notifier(proxy.port(), 2), "jean").deliver();

      assertThat(outcome).isEqualTo(new NotificationOutcome.Sent());
      assertThat(proxy.connections()).isEqualTo(2);
      assertThat(recipients()).containsExactly("jean@example.org");
    }
  }

  @Test
  void givenDot554_stagedWarning_failsPermanentlyAndNothingArrives() throws Exception {
    try (var proxy = proxy(".", List.of(), "554 5.7.1 Message refused")) {

      NotificationOutcome outcome = stage(notifier(proxy.port(), 3), "jean").deliver();

      assertThat(outcome)
          .isEqualTo(new NotificationOutcome.Failed(FailureKind.PERMANENT, "SMTP 554 (rejected)"));
      assertThat(proxy.connections()).isEqualTo(1);
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }
}

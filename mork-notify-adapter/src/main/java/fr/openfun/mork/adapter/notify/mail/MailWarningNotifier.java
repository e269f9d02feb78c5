package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.port.out.StagedWarning;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends warnings, deletion notices and operator digests rendered from FreeMarker templates, through
 * SMTP or an outbox folder. Never throws for delivery problems: they become {@link
 * NotificationOutcome.Failed} with a kind that says whether to retry later.
 */
public final class MailWarningNotifier implements WarningNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailWarningNotifier.class);

  private final MailSettings settings;
  private final MailTransport transport;
  private final Clock clock;
  private final TemplateRenderer renderer;
  private final TemplateModels models;
  private final ResilientSender sender;
  private final InternetAddress from;
  private final MessageFactory messages = new MessageFactory();
  private final ExecutorService stagers = stagingThreads();

  public MailWarningNotifier(MailSettings settings, MailTransport transport, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.from = MessageFactory.address(settings.from());
    } catch (MessagingException e) {
      throw new IllegalArgumentException("invalid sender address (MORK_EMAIL_FROM)", e);
    }
    this.renderer = new TemplateRenderer(settings.templateFolder());
    this.models = new TemplateModels(settings);
    this.sender = new ResilientSender(transport, settings);
  }

  /** One daemon thread per staged warning; a run reuses the same one. */
  private static ExecutorService stagingThreads() {
    return Executors.newCachedThreadPool(
        Thread.ofPlatform().daemon().name("mork-mail-stage-", 0).factory());
  }

  @Override
  public NotificationOutcome warn(WarningNotice notice) {
    Objects.requireNonNull(notice, "notice");
    return sendWarning(notice, DeliveryGate.open());
  }

  /**
   * Renders and sends the warning on a staging thread, up to the SMTP end-of-data dot; {@code
   * deliver()} lets the dot go and waits for the server's answer, {@code abandon()} closes the
   * connection without it. Retries, rate limit and connection reuse apply as for {@link #warn}.
   */
  @Override
  public StagedWarning stage(WarningNotice notice) {
    Objects.requireNonNull(notice, "notice");
    DeliveryGate gate = DeliveryGate.held();
    Future<NotificationOutcome> outcome = stagers.submit(() -> sendWarning(notice, gate));
    return new StagedMail(gate, outcome);
  }

  private NotificationOutcome sendWarning(WarningNotice notice, DeliveryGate gate) {
    NotificationOutcome outcome =
        send("warning", List.of(notice.user().email()), models.warning(notice), gate);
    log(
        "warning " + notice.reminder() + "/" + notice.ofReminders(),
        notice.user().email(),
        outcome);
    return outcome;
  }

  /** Answers {@code Sent} without sending anything when deletion notices are disabled. */
  @Override
  public boolean sendsDeletionNotices() {
    return settings.deletionNoticeEnabled();
  }

  @Override
  public NotificationOutcome notifyDeleted(DeletionNotice notice) {
    Objects.requireNonNull(notice, "notice");
    if (!settings.deletionNoticeEnabled()) {
      return new NotificationOutcome.Sent();
    }
    NotificationOutcome outcome =
        send("deleted", List.of(notice.email()), models.deleted(notice), DeliveryGate.open());
    log("deletion notice", notice.email(), outcome);
    return outcome;
  }

  /** Answers {@code Sent} without sending anything when no operator recipient is configured. */
  @Override
  public NotificationOutcome sendDigest(RunReport report) {
    Objects.requireNonNull(report, "report");
    if (settings.operatorRecipients().isEmpty()) {
      return new NotificationOutcome.Sent();
    }
    NotificationOutcome outcome =
        send("digest", settings.operatorRecipients(), models.digest(report), DeliveryGate.open());
    LOG.info("operator digest for {}: {}", report.type().wireName(), describe(outcome));
    return outcome;
  }

  private NotificationOutcome send(
      String template, List<String> to, Map<String, Object> model, DeliveryGate gate) {
    MessageFactory.Content content;
    try {
      content =
          new MessageFactory.Content(
              renderer.render(template + "-subject.ftl", settings.locale(), model),
              renderer.render(template + "-text.ftl", settings.locale(), model),
              renderer.render(template + "-html.ftlh", settings.locale(), model));
    } catch (IllegalStateException e) {
      LOG.error("mail template '{}' cannot be rendered", template, e);
      return new NotificationOutcome.Failed(
          FailureKind.SERVICE_REJECTED, "template " + template + " cannot be rendered");
    }
    try {
      return sender.send(
          messages.compose(transport.session(), from, to, content, clock.instant()), gate);
    } catch (MessagingException e) {
      return MailFailures.classify(e);
    }
  }

  private static void log(String what, String email, NotificationOutcome outcome) {
    LOG.info("{} to {}: {}", what, Pii.maskEmail(email), describe(outcome));
  }

  private static String describe(NotificationOutcome outcome) {
    return switch (outcome) {
      case NotificationOutcome.Sent s -> "sent";
      case NotificationOutcome.Failed f -> "failed " + f.kind() + " (" + f.reason() + ")";
    };
  }
}

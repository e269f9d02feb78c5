package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.MaxRetriesExceededException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;

/**
 * Delivers messages through a transport under a rate limit (every attempt takes a permit, retries
 * included, so a struggling server is not hammered) and retries transient failures with an
 * exponential back-off. Permanent rejections are returned at once.
 */
final class ResilientSender {

  private final MailTransport transport;
  private final PermitPacer pacer;
  private final Duration maxWait;
  private final Retry retry;

  ResilientSender(MailTransport transport, MailSettings settings) {
    this.transport = transport;
    this.pacer = new PermitPacer(settings.rateLimit());
    this.maxWait = settings.rateLimitMaxWait();
    this.retry =
        Retry.of(
            "mork-mail",
            RetryConfig.custom()
                .maxAttempts(settings.maxRetries() + 1)
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(settings.retryBackoff(), 2.0))
                .retryOnException(
                    e ->
                        !(e instanceof NoPermit)
                            && !(e instanceof Abandoned)
                            && e instanceof Exception ex
                            && MailFailures.isTransient(ex))
                .failAfterMaxAttempts(false)
                .build());
  }

  NotificationOutcome send(MimeMessage message) {
    return send(message, DeliveryGate.open());
  }

  /**
   * Sends with the end of each attempt held by {@code gate}; attempts that fail before the gate
   * (and the dot) are retried as usual, and none is made once the gate is abandoned.
   */
  NotificationOutcome send(MimeMessage message, DeliveryGate gate) {
    try {
      Retry.decorateCheckedRunnable(
              retry,
              () -> {
                if (gate.abandoned()) {
                  throw new Abandoned();
                }
                if (!pacer.acquire(maxWait)) {
                  throw new NoPermit();
                }
                try {
                  transport.deliver(message, gate::awaitRelease);
                } catch (Exception e) {
                  if (gate.abandoned()) {
                    throw new Abandoned();
                  }
                  throw e;
                }
              })
          .run();
      return new NotificationOutcome.Sent();
    } catch (NoPermit e) {
      return new NotificationOutcome.Failed(
          FailureKind.TRANSIENT, "rate limit: no permit within the maximum wait");
    } catch (Abandoned e) {
      return new NotificationOutcome.Failed(
          FailureKind.TRANSIENT, "abandoned before the server accepted it");
    } catch (MaxRetriesExceededException e) {
      return new NotificationOutcome.Failed(FailureKind.TRANSIENT, "retries exhausted");
    } catch (Exception e) {
      return MailFailures.classify(e);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The caller withdrew the message: the server did not accept it, and it is not retried. */
  private static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("message abandoned before the end of data", null, false, false);
    }
  }

  /** No permit within the maximum wait: the attempt is not made, and not retried. */
  private static final class NoPermit extends RuntimeException {
    NoPermit() {
      super("no rate-limit permit within the maximum wait", null, false, false);
    }
  }
}

package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.MaxRetriesExceededException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivers messages through a transport under a rate limit (every attempt takes a permit, retries
 * included, so a struggling server is not hammered) and retries transient failures with an
 * exponential back-off. Permanent rejections are returned at once.
 */
final class ResilientSender {

  private final MailTransport transport;
  private final RateLimiter rateLimiter;
  private final Retry retry;

  ResilientSender(MailTransport transport, MailSettings settings) {
    this.transport = transport;
    this.rateLimiter =
        RateLimiter.of(
            "mork-mail",
            RateLimiterConfig.custom()
                .limitForPeriod(settings.rateLimit().permits())
                .limitRefreshPeriod(settings.rateLimit().period())
                .timeoutDuration(settings.rateLimitMaxWait())
                .build());
    this.retry =
        Retry.of(
            "mork-mail",
            RetryConfig.custom()
                .maxAttempts(settings.maxRetries() + 1)
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(settings.retryBackoff(), 2.0))
                .retryOnException(
                    e ->
                        !(e instanceof RequestNotPermitted)
                            && e instanceof Exception ex
                            && MailFailures.isTransient(ex))
                .failAfterMaxAttempts(false)
                .build());
  }

  NotificationOutcome send(MimeMessage message) {
    try {
      Retry.decorateCheckedRunnable(
              retry,
              () -> {
                RateLimiter.waitForPermission(rateLimiter);
                transport.deliver(message);
              })
          .run();
      return new NotificationOutcome.Sent();
    } catch (RequestNotPermitted e) {
      return new NotificationOutcome.Failed(
          FailureKind.TRANSIENT, "rate limit: no permit within the maximum wait");
    } catch (MaxRetriesExceededException e) {
      return new NotificationOutcome.Failed(FailureKind.TRANSIENT, "retries exhausted");
    } catch (Exception e) {
      return MailFailures.classify(e);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}

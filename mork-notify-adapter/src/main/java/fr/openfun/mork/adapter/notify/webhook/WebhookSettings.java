package fr.openfun.mork.adapter.notify.webhook;

import fr.openfun.mork.domain.model.ServiceName;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A push service: events for {@code service} are POSTed to {@code url} and signed with {@code
 * secret} ({@code MORK_WEBHOOK_<SERVICE>_URL}, {@code _SECRET}). Up to {@code maxAttempts} tries
 * per call, {@code initialBackoff} doubled between them. With {@code confirmOn2xx} a 2xx answer
 * means erased; otherwise it means accepted, and the service PATCHes {@code deleted} when done. A
 * batch's events are sent {@code concurrency} at a time ({@code _CONCURRENCY}, 1..64).
 */
public record WebhookSettings(
    ServiceName service,
    URI url,
    String secret,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    boolean confirmOn2xx,
    int concurrency) {

  /** Shorter secrets are too easy to guess. */
  static final int MIN_SECRET_LENGTH = 16;

  /** Events of one batch in flight at once, unless configured otherwise. */
  public static final int DEFAULT_CONCURRENCY = 8;

  public static final int MAX_CONCURRENCY = 64;

  public WebhookSettings {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("webhook url must be http or https: " + url);
    }
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "webhook secret for " + service + " must have at least " + MIN_SECRET_LENGTH + " chars");
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be in 1..10, was " + maxAttempts);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive");
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("concurrency must be in 1..64, was " + concurrency);
    }
  }

  /** 5 s to connect, 10 s per request, 3 attempts from 500 ms, 2xx means accepted, 8 at once. */
  public static WebhookSettings of(ServiceName service, URI url, String secret) {
    return of(service, url, secret, DEFAULT_CONCURRENCY);
  }

  /** {@link #of(ServiceName, URI, String)} with {@code concurrency} events in flight at once. */
  public static WebhookSettings of(ServiceName service, URI url, String secret, int concurrency) {
    return new WebhookSettings(
        service,
        url,
        secret,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        3,
        Duration.ofMillis(500),
        false,
        concurrency);
  }

  @Override
  public String toString() {
    return ("WebhookSettings[service=%s, url=%s, secret=***, attempts=%d, confirmOn2xx=%s,"
            + " concurrency=%d]")
        .formatted(service, url, maxAttempts, confirmOn2xx, concurrency);
  }
}

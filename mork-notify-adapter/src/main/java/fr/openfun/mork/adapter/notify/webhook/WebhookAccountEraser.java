package fr.openfun.mork.adapter.notify.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AccountEraser;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a push service to erase a user by POSTing a signed {@code user.deletion_requested} event.
 * Retries 5xx, 408, 429 and network failures a few times inside the call; never follows redirects.
 * A batch's events are sent {@link WebhookSettings#concurrency} at a time.
 */
public final class WebhookAccountEraser implements AccountEraser {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookAccountEraser.class);

  private final WebhookSettings settings;
  private final Clock clock;
  private final HttpClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final Retry retry;

  public WebhookAccountEraser(WebhookSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.retry =
        Retry.of(
            "mork-webhook-" + settings.service(),
            RetryConfig.<WebhookResponses.Attempt>custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), 2.0))
                .retryOnResult(WebhookResponses.Attempt::retryable)
                .failAfterMaxAttempts(false)
                .build());
  }

  @Override
  public ServiceName service() {
    return settings.service();
  }

  @Override
  public ErasureOutcome erase(ErasureRequest request) {
    Objects.requireNonNull(request, "request");
    byte[] body = body(request);
    String delivery = UUID.randomUUID().toString();
    WebhookResponses.Attempt last =
        Retry.decorateSupplier(retry, () -> attempt(body, delivery)).get();
    ErasureOutcome outcome = WebhookResponses.outcome(last, settings.confirmOn2xx());
    LOG.info(
        "webhook {} for ledger entry {} (delivery {}): {}",
        settings.service(),
        request.ledgerId(),
        delivery,
        last.summary());
    return outcome;
  }

  /** Up to {@link WebhookSettings#concurrency} events in flight; see {@code eraseConcurrently}. */
  @Override
  public List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
    return AccountEraser.eraseConcurrently(this, requests, settings.concurrency());
  }

  /** Makes no HTTP call: tells what a successful {@link #erase} would answer. */
  @Override
  public ErasureOutcome preview(ErasureRequest request) {
    Objects.requireNonNull(request, "request");
    return settings.confirmOn2xx()
        ? new ErasureOutcome.Erased(Map.of())
        : new ErasureOutcome.Accepted("would notify " + settings.service() + " by webhook");
  }

  private WebhookResponses.Attempt attempt(byte[] body, String delivery) {
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(settings.url())
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "mork-webhook")
            .header("X-Mork-Event", WebhookEvent.DELETION_REQUESTED)
            .header("X-Mork-Delivery", delivery)
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.header(settings.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return WebhookResponses.Attempt.status(response.statusCode());
    } catch (IOException e) {
      return WebhookResponses.Attempt.network(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WebhookResponses.Attempt.interrupted();
    }
  }

  private byte[] body(ErasureRequest request) {
    try {
      return json.writeValueAsBytes(WebhookEvent.deletionRequested(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise webhook event", e);
    }
  }
}

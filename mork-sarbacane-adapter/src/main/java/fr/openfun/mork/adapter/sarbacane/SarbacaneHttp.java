package fr.openfun.mork.adapter.sarbacane;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one Sarbacane request, paced, with the credential headers, and classifies the answer.
 * Transient faults are retried here, at most {@code maxAttempts} times, waiting Retry-After or a
 * doubling back-off from 200 ms, as long as the wait stays within {@code maxRetryWait}.
 */
final class SarbacaneHttp {
  private static final Logger LOG = LoggerFactory.getLogger(SarbacaneHttp.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

  private final SarbacaneSettings settings;
  private final HttpClient client;
  private final Clock clock;
  private final RequestPacer pacer;
  private final Sleeper sleeper;
  private final Redaction redaction;

  SarbacaneHttp(
      SarbacaneSettings settings,
      HttpClient client,
      Clock clock,
      RequestPacer pacer,
      Sleeper sleeper) {
    this.settings = settings;
    this.client = client;
    this.clock = clock;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.redaction = new Redaction(settings.apiKey(), settings.accountId());
  }

  static HttpClient client(SarbacaneSettings settings) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Answer get(String pathAndQuery) {
    return exchange("GET", pathAndQuery, pathAndQuery, "");
  }

  Answer delete(String path, String email) {
    String query = "?email=" + Redaction.encode(email);
    return exchange("DELETE", path + query, Redaction.target(path, email), email);
  }

  private Answer exchange(String method, String pathAndQuery, String logTarget, String email) {
    for (int attempt = 1; ; attempt++) {
      Answer answer = once(method, pathAndQuery, email);
      if (!(answer instanceof Answer.Transient fault) || attempt >= settings.maxAttempts()) {
        return answer;
      }
      Duration wait = fault.retryAfter().orElse(backoff(attempt));
      if (wait.compareTo(settings.maxRetryWait()) > 0) {
        LOG.debug(
            "Sarbacane {} {}: {}, wait {} too long to retry now",
            method,
            logTarget,
            fault.reason(),
            wait);
        return answer;
      }
      LOG.debug(
          "Sarbacane {} {}: {}, attempt {} in {} ms",
          method,
          logTarget,
          fault.reason(),
          attempt + 1,
          wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer.Transient("interrupted");
      }
    }
  }

  private Duration backoff(int attempt) {
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
    return wait.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : wait;
  }

  private Answer once(String method, String pathAndQuery, String email) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.apiUrl() + pathAndQuery))
            .timeout(settings.readTimeout())
            .header("apiKey", settings.apiKey())
            .header("accountId", settings.accountId())
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      pacer.acquire();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return AnswerClassifier.classify(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After"),
          clock);
    } catch (HttpTimeoutException e) {
      return new Answer.Transient("timeout (" + e.getClass().getSimpleName() + ")");
    } catch (IOException e) {
      String detail = redaction.redact(String.valueOf(e.getMessage()), email);
      return new Answer.Transient(
          "connection failed (" + e.getClass().getSimpleName() + ": " + detail + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer.Transient("interrupted");
    }
  }
}

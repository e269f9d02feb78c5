package fr.openfun.mork.adapter.sarbacane;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A WireMock server on a random port that plays the Sarbacane API, and the eraser under test. */
final class SarbacaneStub implements AutoCloseable {
  static final String API_KEY = "key-S3cr3t-4242";
  static final String ACCOUNT_ID = "acct-777123";
  static final String EMAIL = "jane.doe@example.org";
  static final int PAGE_SIZE = 2;

  final WireMockServer server;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper();

  SarbacaneStub() {
    this(options().dynamicPort());
  }

  /** A stub whose every answer first goes through {@code meter}, with threads for 32 at once. */
  SarbacaneStub(InFlightMeter meter) {
    this(options().dynamicPort().containerThreads(40).extensions(meter));
  }

  private SarbacaneStub(WireMockConfiguration configuration) {
    server = new WireMockServer(configuration);
    server.start();
  }

  SarbacaneSettings settings(boolean keepSuppressionLists, int maxAttempts) {
    return settings(keepSuppressionLists, maxAttempts, 1);
  }

  SarbacaneSettings settings(boolean keepSuppressionLists, int maxAttempts, int concurrency) {
    return settings(keepSuppressionLists, maxAttempts, concurrency, 1000);
  }

  SarbacaneSettings settings(
      boolean keepSuppressionLists, int maxAttempts, int concurrency, double requestsPerSecond) {
    return new SarbacaneSettings(
        server.baseUrl(),
        API_KEY,
        ACCOUNT_ID,
        Duration.ofSeconds(2),
        Duration.ofMillis(1000),
        requestsPerSecond,
        Duration.ofMinutes(5),
        keepSuppressionLists,
        PAGE_SIZE,
        maxAttempts,
        Duration.ofSeconds(5),
        concurrency);
  }

  SarbacaneAccountEraser eraser() {
    return eraser(settings(false, 3));
  }

  SarbacaneAccountEraser eraser(SarbacaneSettings settings) {
    return new SarbacaneAccountEraser(
        settings,
        clock,
        SarbacaneHttp.client(settings),
        RequestPacer.real(settings.requestsPerSecond()),
        sleeper);
  }

  static ErasureRequest request(String email) {
    return new ErasureRequest(
        UUID.randomUUID(),
        42,
        "jane",
        email,
        DeletionReason.GDPR,
        Instant.parse("2026-02-01T00:00:00Z"),
        Optional.empty());
  }

  /** {@code collection} answers these pages, in order, for offset 0, PAGE_SIZE, ... */
  void pages(String collection, List<List<String>> pages) {
    for (int i = 0; i < pages.size(); i++) {
      String json =
          pages.get(i).stream()
              .map(id -> "{\"id\":\"" + id + "\",\"name\":\"n-" + id + "\"}")
              .collect(Collectors.joining(",", "[", "]"));
      server.stubFor(
          get(urlPathEqualTo(collection))
              .withQueryParam("offset", equalTo(String.valueOf(i * PAGE_SIZE)))
              .withQueryParam("limit", equalTo(String.valueOf(PAGE_SIZE)))
              .willReturn(json(200, json)));
    }
  }

  /** One list {@code l1}, one blacklist {@code b1}, every DELETE answering {@code answer}. */
  void oneOfEach(ResponseDefinitionBuilder answer) {
    pages("/lists", List.of(List.of("l1")));
    pages("/blacklists", List.of(List.of("b1")));
    deletesAnswer(answer);
  }

  /** Every DELETE on a list or blacklist answers {@code answer}. */
  void deletesAnswer(ResponseDefinitionBuilder answer) {
    server.stubFor(delete(urlPathMatching("/(lists|blacklists)/.*")).willReturn(answer));
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Override
  public void close() {
    server.stop();
  }
}

package fr.openfun.mork.adapter.sarbacane;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.json;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code eraseAll} with several users at a time, against a WireMock Sarbacane. */
class SarbacaneConcurrencyIT {
  private static final ErasureOutcome ONE_LIST =
      new ErasureOutcome.Erased(Map.of("lists", 1L, "unsubscribers", 0L, "complaints", 0L));
  private static final ErasureOutcome NOT_THERE =
      new ErasureOutcome.Erased(Map.of("lists", 0L, "unsubscribers", 0L, "complaints", 0L));

  private SarbacaneStub stub;

  @AfterEach
  void stop() {
    stub.close();
  }

  private static List<ErasureRequest> users(int count) {
    return IntStream.range(0, count).mapToObj(i -> request("user" + i + "@example.org")).toList();
  }

  /** One list, suppression lists kept: one DELETE per user. */
  private SarbacaneAccountEraser oneListEraser(int concurrency, double requestsPerSecond) {
    stub.pages("/lists", List.of(List.of("l1")));
    return stub.eraser(stub.settings(true, 1, concurrency, requestsPerSecond));
  }

  @Test
  void givenConcurrencyFour_eraseAll_hasFourUsersInFlightAtOnceAndNeverMore() {
    InFlightMeter meter = new InFlightMeter(100);
    stub = new SarbacaneStub(meter);
    stub.deletesAnswer(json(200, "{}"));

    List<ErasureOutcome> outcomes = oneListEraser(4, 1000).eraseAll(users(16));

    assertThat(outcomes).hasSize(16).containsOnly(ONE_LIST);
    assertThat(meter.maxInFlight()).isEqualTo(4);
  }

  @Test
  void givenLaterUsersAnsweredFirst_eraseAll_answersEachUsersOutcomeInRequestOrder() {
    stub = new SarbacaneStub();
    List<ErasureRequest> users = users(8);
    for (int i = 0; i < users.size(); i++) {
      boolean even = i % 2 == 0;
      stub.server.stubFor(
          delete(urlPathEqualTo("/lists/l1/contacts"))
              .withQueryParam("email", equalTo(users.get(i).email()))
              .willReturn(
                  even
                      ? json(200, "{}").withFixedDelay(150)
                      : json(500, "{\"message\":\"No contacts versions to delete\"}")));
    }

    List<ErasureOutcome> outcomes = oneListEraser(4, 1000).eraseAll(users);

    assertThat(outcomes)
        .containsExactly(
            ONE_LIST, NOT_THERE, ONE_LIST, NOT_THERE, ONE_LIST, NOT_THERE, ONE_LIST, NOT_THERE);
  }

  @Test
  void givenSarbacaneRejectingMork_eraseAll_startsNoFurtherUserAndAnswersTheRejection() {
    stub = new SarbacaneStub(new InFlightMeter(50));
    stub.deletesAnswer(json(401, "{\"message\":\"API_KEY_UNAUTHORIZED\"}"));

    List<ErasureOutcome> outcomes = oneListEraser(4, 1000).eraseAll(users(20));

    assertThat(outcomes)
        .hasSize(20)
        .allMatch(
            o -> o instanceof ErasureOutcome.Failed f && f.kind() == FailureKind.SERVICE_REJECTED);
    assertThat(
            stub.server
                .countRequestsMatching(deleteRequestedFor(urlPathMatching(".*")).build())
                .getCount())
        .isBetween(1, 4);
  }

  @Test
  void givenARateLimit_eraseAll_spacesTheRequestsOfAllUsersTogether() {
    InFlightMeter meter = new InFlightMeter(0);
    stub = new SarbacaneStub(meter);
    stub.oneOfEach(json(200, "{}"));
    double rate = 20;

    List<ErasureOutcome> outcomes =
        stub.eraser(stub.settings(false, 1, 8, rate)).eraseAll(users(10));

    // 2 listings + 3 DELETEs per user, the k-th leaving no sooner than k intervals after the first
    List<Long> arrivals = meter.arrivals();
    assertThat(outcomes).hasSize(10).allMatch(o -> o instanceof ErasureOutcome.Erased);
    assertThat(arrivals).hasSize(32);
    long interval = (long) (1e9 / rate);
    long slack = 60_000_000L; // the first request's own latency
    for (int k = 1; k < arrivals.size(); k++) {
      assertThat(arrivals.get(k) - arrivals.get(0)).isGreaterThanOrEqualTo(k * interval - slack);
    }
  }

  @Test
  void givenNoListsCachedYet_eraseAllConcurrently_listsEachCollectionOnce() {
    stub = new SarbacaneStub(new InFlightMeter(50));
    stub.oneOfEach(json(200, "{}"));

    stub.eraser(stub.settings(false, 1, 8)).eraseAll(users(8));

    stub.server.verify(1, getRequestedFor(urlPathEqualTo("/lists")));
    stub.server.verify(1, getRequestedFor(urlPathEqualTo("/blacklists")));
  }
}

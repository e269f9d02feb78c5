package fr.openfun.mork.adapter.sarbacane;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.EMAIL;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.json;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SarbacaneAccountEraserIT {
  private final SarbacaneStub stub = new SarbacaneStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void givenListsAndBlacklistsOverSeveralPages_erase_removesTheContactFromEveryOne() {
    stub.pages("/lists", List.of(List.of("l1", "l2"), List.of("l3")));
    stub.pages("/blacklists", List.of(List.of("b1", "b2"), List.of()));
    stub.deletesAnswer(json(200, "{}"));

    ErasureOutcome outcome = stub.eraser().erase(request(EMAIL));

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Erased(Map.of("lists", 3L, "unsubscribers", 2L, "complaints", 2L)));
    for (String path :
        List.of(
            "/lists/l1/contacts",
            "/lists/l2/contacts",
            "/lists/l3/contacts",
            "/blacklists/b1/unsubscribers",
            "/blacklists/b2/complaints")) {
      stub.server.verify(1, deleteRequestedFor(urlPathEqualTo(path)));
    }
    stub.server.verify(2, getRequestedFor(urlPathEqualTo("/blacklists")));
  }

  @Test
  void givenCredentials_erase_sendsThemAsApiKeyAndAccountIdHeaders() {
    stub.oneOfEach(json(200, "{}"));

    stub.eraser().erase(request(EMAIL));

    stub.server.verify(
        5,
        anyRequestedFor(urlPathMatching("/.*"))
            .withHeader("apiKey", equalTo(SarbacaneStub.API_KEY))
            .withHeader("accountId", equalTo(SarbacaneStub.ACCOUNT_ID)));
  }

  @Test
  void givenContactNotThere_erase_countsItAsDone() {
    stub.oneOfEach(json(500, "{\"message\":\"No contacts versions to delete\"}"));

    ErasureOutcome outcome = stub.eraser().erase(request(EMAIL));

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Erased(Map.of("lists", 0L, "unsubscribers", 0L, "complaints", 0L)));
  }

  @Test
  void givenEmailWithPlusUnicodeAndQuote_erase_sendsItPercentEncoded() {
    stub.oneOfEach(json(200, "{}"));
    String email = "jean+test.'élo\"ïse@exämple.fr";

    stub.eraser().erase(request(email));

    String encoded = "jean%2Btest.%27%C3%A9lo%22%C3%AFse%40ex%C3%A4mple.fr";
    stub.server.verify(1, deleteRequestedFor(urlEqualTo("/lists/l1/contacts?email=" + encoded)));
    stub.server.verify(
        1,
        deleteRequestedFor(urlPathEqualTo("/blacklists/b1/complaints"))
            .withQueryParam("email", equalTo(email)));
  }

  @Test
  void givenKeepSuppressionLists_erase_leavesEveryBlacklistUntouched() {
    stub.oneOfEach(json(200, "{}"));

    ErasureOutcome outcome = stub.eraser(stub.settings(true, 3)).erase(request(EMAIL));

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Erased(Map.of("lists", 1L, "unsubscribers", 0L, "complaints", 0L)));
    stub.server.verify(0, anyRequestedFor(urlPathMatching("/blacklists.*")));
  }

  @Test
  void givenListsAndBlacklists_preview_onlyReadsAndCountsWhatWouldBeRemoved() {
    stub.pages("/lists", List.of(List.of("l1", "l2"), List.of("l3")));
    stub.pages("/blacklists", List.of(List.of("b1")));

    ErasureOutcome outcome = stub.eraser().preview(request(EMAIL));

    assertThat(outcome)
        .isEqualTo(
            new ErasureOutcome.Erased(Map.of("lists", 3L, "unsubscribers", 1L, "complaints", 1L)));
    stub.server.verify(0, deleteRequestedFor(urlPathMatching(".*")));
  }

  @Test
  void givenCacheYoungerThanTtl_eraseTwice_listsOnce() {
    stub.oneOfEach(json(200, "{}"));
    SarbacaneAccountEraser eraser = stub.eraser();

    eraser.erase(request(EMAIL));
    stub.clock.advance(Duration.ofMinutes(4));
    eraser.erase(request("other@example.org"));

    stub.server.verify(1, getRequestedFor(urlPathEqualTo("/lists")));
    stub.server.verify(2, deleteRequestedFor(urlPathEqualTo("/lists/l1/contacts")));
  }

  @Test
  void givenCacheOlderThanTtl_erase_listsAgain() {
    stub.oneOfEach(json(200, "{}"));
    SarbacaneAccountEraser eraser = stub.eraser();

    eraser.erase(request(EMAIL));
    stub.clock.advance(Duration.ofMinutes(5));
    eraser.erase(request("other@example.org"));

    stub.server.verify(2, getRequestedFor(urlPathEqualTo("/lists")));
    stub.server.verify(2, getRequestedFor(urlPathEqualTo("/blacklists")));
  }

  @Test
  void givenEraser_service_isSarbacane() {
    SarbacaneAccountEraser eraser = stub.eraser();

    ServiceName service = eraser.service();

    assertThat(service).isEqualTo(ServiceName.SARBACANE);
  }
}

package fr.openfun.mork.adapter.sarbacane;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.ACCOUNT_ID;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.API_KEY;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.json;
import static fr.openfun.mork.adapter.sarbacane.SarbacaneStub.request;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.http.Fault;
import fr.openfun.mork.domain.model.ErasureOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SarbacaneLoggingIT {
  private static final String EMAIL = "secret.person+tag@example.org";
  private static final List<String> SECRETS =
      List.of(
          EMAIL,
          Redaction.encode(EMAIL),
          "secret.person",
          API_KEY,
          ACCOUNT_ID,
          Redaction.encode(API_KEY));
  private final SarbacaneStub stub = new SarbacaneStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void givenEveryKindOfAnswer_erase_neverLogsTheEmailKeyOrAccountId() {
    stub.pages("/lists", List.of(List.of("ok", "gone"), List.of("absent", "reset"), List.of()));
    stub.server.stubFor(delete(urlPathEqualTo("/lists/ok/contacts")).willReturn(json(200, "{}")));
    stub.server.stubFor(
        delete(urlPathEqualTo("/lists/absent/contacts"))
            .willReturn(json(500, "{\"message\":\"No contacts versions to delete\"}")));
    stub.server.stubFor(
        delete(urlPathEqualTo("/lists/gone/contacts"))
            .willReturn(json(404, "{\"message\":\"Contact " + EMAIL + " key " + API_KEY + "\"}")));
    stub.server.stubFor(
        delete(urlPathEqualTo("/lists/reset/contacts"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    SarbacaneAccountEraser eraser = stub.eraser(stub.settings(true, 2));
    List<ErasureOutcome> outcomes = new ArrayList<>();

    try (LogCapture logs = new LogCapture()) {
      outcomes.add(eraser.erase(request(EMAIL)));
      stub.server.stubFor(delete(urlPathEqualTo("/lists/gone/contacts")).willReturn(json(200, "")));
      outcomes.add(eraser.erase(request(EMAIL)));
      stub.server.stubFor(
          get(urlPathEqualTo("/lists")).willReturn(json(401, "{\"message\":\"NEED_API_KEY\"}")));
      stub.clock.advance(java.time.Duration.ofHours(1));
      outcomes.add(eraser.erase(request(EMAIL)));
      outcomes.add(eraser.preview(request(EMAIL)));

      assertThat(logs.lines()).hasSizeGreaterThan(5);
      assertThat(String.join("\n", logs.lines())).doesNotContain(SECRETS);
      assertThat(outcomes.toString()).doesNotContain(SECRETS);
    }
  }

  @Test
  void givenCredentialsRejectedForManyUsers_erase_alertsOnce() {
    stub.server.stubFor(
        get(urlPathEqualTo("/lists"))
            .willReturn(json(401, "{\"message\":\"API_KEY_UNAUTHORIZED\"}")));
    SarbacaneAccountEraser eraser = stub.eraser();

    try (LogCapture logs = new LogCapture()) {
      for (int i = 0; i < 5; i++) {
        eraser.erase(request("user" + i + "@example.org"));
      }

      assertThat(logs.count(Level.ERROR)).isEqualTo(1);
      assertThat(logs.lines())
          .filteredOn(l -> l.startsWith("ERROR"))
          .singleElement()
          .asString()
          .contains("API_KEY_UNAUTHORIZED", "MORK_SARBACANE_API_KEY");
    }
  }
}

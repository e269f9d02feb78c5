package fr.openfun.mork.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void givenWholeSeconds_format_writesPythonIsoformatWithOffset() {

    String text = Timestamps.format(Instant.parse("2024-03-01T10:15:30Z"));

    assertThat(text).isEqualTo("2024-03-01T10:15:30+00:00");
  }

  @Test
  void givenNanoseconds_format_keepsSixDigitsLikePython() {

    String text = Timestamps.format(Instant.parse("2024-03-01T10:15:30.000123456Z"));

    assertThat(text).isEqualTo("2024-03-01T10:15:30.000123+00:00");
  }

  @Test
  void givenAJsonListAsTheOriginal_parse_namesEachKey() {

    Map<String, String> keys = ApiKeys.parse("[\"k1\", \"k2\"]");

    assertThat(keys).isEqualTo(Map.of("api-key-1", "k1", "api-key-2", "k2"));
  }

  @Test
  void givenNamedCommaSeparatedKeys_parse_keepsTheNames() {

    Map<String, String> keys = ApiKeys.parse("ops=k1, ci=k2");

    assertThat(keys).isEqualTo(Map.of("ops", "k1", "ci", "k2"));
  }

  @Test
  void givenAJsonObject_parse_keepsTheNames() {

    Map<String, String> keys = ApiKeys.parse("{\"ops\":\"k1\"}");

    assertThat(keys).isEqualTo(Map.of("ops", "k1"));
  }

  @Test
  void givenARepeatedKey_parse_refusesIt() {

    assertThatThrownBy(() -> ApiKeys.parse("k1,k1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenConfiguredKeys_authenticate_findsTheirHolders() {
    var auth =
        new KeyAuthenticator(
            ApiSettings.of(Map.of("ops", "k1"))
                .withServiceKeys(Map.of(ServiceName.of("joanie"), "k2")));

    var admin = auth.authenticate("k1");
    var service = auth.authenticate("k2");

    assertThat(admin).contains(Caller.admin("ops"));
    assertThat(service).contains(Caller.service(ServiceName.of("joanie")));
  }

  @Test
  void givenAPrefixOfAKey_authenticate_findsNobody() {
    var auth = new KeyAuthenticator(ApiSettings.of(Map.of("ops", "k1-long")));

    var caller = auth.authenticate("k1");

    assertThat(caller).isEmpty();
  }

  @Test
  void givenAnEmailInThePath_safePath_masksItAndDropsControlCharacters() {

    String path = RequestLog.safePath("/v1/users/john.doe@example.com/x\n", java.util.Set.of());

    assertThat(path).isEqualTo("/v1/users/j***@e***.com/x***");
  }

  @Test
  void givenAUsernameInThePath_safePath_masksItAndKeepsRouteWordsIdsAndServices() {
    String id = "0f8e2b4c-3d1a-4e5f-9a7b-6c5d4e3f2a1b";

    String path =
        RequestLog.safePath(
            "/v1/users/jdoe1984/status/joanie/" + id + "/docs/swagger-ui.css",
            java.util.Set.of(ServiceName.of("joanie")));

    assertThat(path).isEqualTo("/v1/users/j***/status/joanie/" + id + "/docs/swagger-ui.css");
  }

  @Test
  void givenAServiceNamedLikeAnAdminKey_settings_refuseTheAmbiguity() {

    assertThatThrownBy(
            () ->
                ApiSettings.of(Map.of("joanie", "k1"))
                    .withServiceKeys(Map.of(ServiceName.of("joanie"), "k2")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenASuccessfulHealthProbe_accessLog_keepsItForDebug() {

    boolean quiet = RequestLog.quietProbe("/__lbheartbeat__", 200);

    assertThat(quiet).isTrue();
    assertThat(RequestLog.quietProbe("/__heartbeat__", 200)).isTrue();
  }

  @Test
  void givenAFailingProbeOrAnotherRoute_accessLog_logsItAtInfo() {

    boolean failingProbe = RequestLog.quietProbe("/__heartbeat__", 503);

    assertThat(failingProbe).isFalse();
    assertThat(RequestLog.quietProbe("/v1/users", 200)).isFalse();
  }
}

package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query string that does not decode is refused (400), not half-read. Found by the generated
 * suite: Javalin drops a parameter whose percent-escape is malformed, so {@code ?service=%zz}
 * answered 200 with every user, unfiltered, and URLDecoder turns invalid UTF-8 into U+FFFD, so
 * {@code ?email=%C3%28} searched for "\uFFFD(". The 400 tests failed with 200 before QueryStrings.
 */
class QueryEncodingIT {
  private static final String MALFORMED =
      "{\"detail\":\"Malformed query string: bad percent-encoding or UTF-8\"}";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "service=%zz",
        "service=%",
        "service=%e",
        "service=%zzjoanie&service=edx",
        "%zz=1",
        "email=%C3%28",
        "email=%FF",
        "email=%ED%A0%80",
        "email=%C0%AF"
      })
  void givenAQueryThatDoesNotDecode_listUsers_answers400WithoutSearching(String query) {

    RawHttp.Response response = rawGet("/v1/users?" + query, ADMIN);

    assertThat(response.status()).isEqualTo(400);
    assertThat(tree(response.body())).isEqualTo(tree(MALFORMED));
    assertThat(server.ledger.lastQuery).isNull();
  }

  @Test
  void givenABadEscapeOnAnOpenRoute_lbHeartbeat_answers400() {

    RawHttp.Response response = rawGet("/__lbheartbeat__?x=%zz", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/json");
  }

  @Test
  void givenWellFormedEscapes_listUsers_decodesThem() {

    HttpResponse<String> response =
        server.get("/v1/users?email=john%40example.com&username=j%C3%BCrgen+d", ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.ledger.lastQuery.email()).contains("john@example.com");
    assertThat(server.ledger.lastQuery.username()).contains("jürgen d");
  }

  /** java.net.URI refuses a malformed escape, so these go over a raw socket. */
  private RawHttp.Response rawGet(String target, String key) {
    String head =
        "GET "
            + target
            + " HTTP/1.1\r\nHost: mork\r\n"
            + (key == null ? "" : "X-API-Key: " + key + "\r\n")
            + "Connection: close\r\n\r\n";
    return RawHttp.exchange(server.api().port(), RawHttp.ascii(head));
  }
}

package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static fr.openfun.mork.adapter.api.RawHttp.ascii;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body cut short (the client half-closes, or goes away) or a bad chunk size: 400 with a JSON
 * detail, nothing written, nothing logged at ERROR. Each test failed with 500 {@code Internal
 * Server Error} and an ERROR log of Jetty's {@code HttpConnection$HttpEofException: Early EOF}
 * before RequestBodies mapped a failed read to 400.
 */
class TruncatedBodyIT {
  private static final String PATCH =
      "PATCH /v1/users/"
          + USER_ID
          + "/status/ashley HTTP/1.1\r\nHost: mork\r\n"
          + "X-API-Key: "
          + ADMIN
          + "\r\nContent-Type: application/json\r\n";
  private final ApiServer server = new ApiServer();
  private final LogCapture logs = new LogCapture();

  @AfterEach
  void stop() {
    logs.close();
    server.close();
  }

  @Test
  void givenContentLengthLargerThanTheBody_patchThenHalfClose_answers400() {
    server.ledger.add(Fixtures.aUser());

    RawHttp.Response response =
        send(PATCH + "Content-Length: 100\r\n\r\n", "{\"deletion_status\":\"del");

    assertIncompleteBodyRejected(response);
  }

  @Test
  void givenAChunkedBodyCutShort_patchThenHalfClose_answers400() {
    server.ledger.add(Fixtures.aUser());

    RawHttp.Response response =
        send(PATCH + "Transfer-Encoding: chunked\r\n\r\n", "40\r\n{\"deletion_status\":\"del");

    assertIncompleteBodyRejected(response);
  }

  @Test
  void givenABadChunkSize_patch_answers400() {
    server.ledger.add(Fixtures.aUser());

    RawHttp.Response response =
        RawHttp.exchange(
            server.api().port(),
            ascii(PATCH + "Transfer-Encoding: chunked\r\n\r\n"),
            ascii("zz\r\n{}\r\n0\r\n\r\n"),
            false);

    assertIncompleteBodyRejected(response);
  }

  @Test
  void givenTheClientGoneMidBody_patch_writesAndLogsNothing() {
    server.ledger.add(Fixtures.aUser());

    RawHttp.sendAndClose(
        server.api().port(), ascii(PATCH + "Content-Length: 100\r\n\r\n{\"deletion_status\""));

    server.awaitAnswered(1);
    assertThat(server.answered)
        .containsExactly("PATCH /v1/users/{user_id}/status/{service_name} 400");
    assertThat(server.ledger.calls).isEmpty();
    assertThat(logs.errors()).isEmpty();
  }

  private RawHttp.Response send(String head, String body) {
    return RawHttp.exchange(server.api().port(), ascii(head), ascii(body), true);
  }

  private void assertIncompleteBodyRejected(RawHttp.Response response) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(tree(response.body()))
        .isEqualTo(tree("{\"detail\":\"Request body incomplete or malformed\"}"));
    assertThat(server.ledger.calls).isEmpty();
    assertThat(logs.errors()).isEmpty();
  }
}

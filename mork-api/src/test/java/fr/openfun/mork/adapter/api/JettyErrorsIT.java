package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.RawHttp.ascii;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests Jetty refuses before any route runs get the API's JSON {@code {"detail": ...}} with
 * Jetty's 4xx status, a short reason and no echo of the input. Before JsonErrorHandler the
 * parameterised cases failed: Jetty answered its {@code text/html} error page, which echoes the URI
 * ({@code <tr><th>URI:</th><td>http://x/v1/users\..\x</td></tr>}); a PATCH got no body at all; an
 * unknown HTTP version was a 505 and {@code OPTIONS *} an empty 404. The HEAD test passed already
 * (Jetty sent no body) and keeps the handler from adding one.
 */
class JettyErrorsIT {
  private static final String CLOSE = "Host: mork\r\nConnection: close\r\n\r\n";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> refusedByJetty() {
    return Stream.of(
        Arguments.of("bad percent-encoding", "GET /v1/users/%zz HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of(
            "bad UTF-8 in percent-encoding", "GET /v1/users/%C3%28 HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of("encoded NUL", "GET /v1/users/%00 HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of("raw NUL", "GET /v1/users/\0 HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of("raw non-ASCII", "GET /v1/users/\u00ff\u00fe HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of("backslashes", "GET /v1/users\\..\\x HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of(
            "dot segments above the root", "GET /docs/../../etc/passwd HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of(
            "encoded dot segments", "GET /docs/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of(
            "URI too long", "GET /v1/users?" + "a".repeat(20_000) + " HTTP/1.1\r\n" + CLOSE, 414),
        Arguments.of(
            "control character in a header name",
            "GET /v1/users HTTP/1.1\r\nX-A\u0001b: c\r\n" + CLOSE,
            400),
        Arguments.of(
            "NUL in a header value", "GET /v1/users HTTP/1.1\r\nX-A: c\0d\r\n" + CLOSE, 400),
        Arguments.of(
            "obsolete line folding", "GET /v1/users HTTP/1.1\r\nX-A: c\r\n d\r\n" + CLOSE, 400),
        Arguments.of(
            "header too large",
            "GET /v1/users HTTP/1.1\r\nX-A: " + "c".repeat(20_000) + "\r\n" + CLOSE,
            431),
        Arguments.of(
            "both Content-Length and chunked",
            "POST /v1/tasks HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n"
                + CLOSE
                + "0\r\n\r\n",
            400),
        Arguments.of(
            "two Content-Lengths",
            "POST /v1/tasks HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n" + CLOSE + "{}",
            400),
        Arguments.of("two Hosts", "GET /v1/users HTTP/1.1\r\nHost: a\r\n" + CLOSE, 400),
        Arguments.of("no Host", "GET /v1/users HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
        Arguments.of("illegal method", "G@T /v1/users HTTP/1.1\r\n" + CLOSE, 400),
        Arguments.of("unknown HTTP version", "GET /v1/users HTTP/9.9\r\n" + CLOSE, 400),
        Arguments.of("asterisk target", "OPTIONS * HTTP/1.1\r\n" + CLOSE, 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByJetty")
  void givenARequestJettyRefuses_send_answersItsStatusWithAJsonDetail(
      String name, String request, int status) {

    RawHttp.Response response = RawHttp.exchange(server.api().port(), ascii(request));

    assertThat(response.status()).as(name).isEqualTo(status);
    assertThat(response.contentType()).as(name).startsWith("application/json");
    JsonNode body = tree(response.body());
    assertThat(body.size()).as(name).isEqualTo(1);
    assertThat(body.path("detail").isTextual()).as(name).isTrue();
    assertThat(response.body())
        .as(name)
        .doesNotContain("/v1/", "etc", "passwd", "Exception", "at org.");
  }

  @Test
  void givenAPatchWithAnIllegalHeader_send_stillAnswersAJsonDetail() {

    RawHttp.Response response =
        RawHttp.exchange(
            server.api().port(), ascii("PATCH /v1/pause HTTP/1.1\r\nX-A: c\r\n d\r\n" + CLOSE));

    assertThat(response.status()).isEqualTo(400);
    assertThat(tree(response.body()))
        .isEqualTo(tree("{\"detail\":\"Line Folding not supported\"}"));
  }

  @Test
  void givenAHeadRequestJettyRefuses_send_answersTheStatusWithoutABody() {

    RawHttp.Response response =
        RawHttp.exchange(server.api().port(), ascii("HEAD /v1/users/%C3%28 HTTP/1.1\r\n" + CLOSE));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).isEmpty();
  }
}

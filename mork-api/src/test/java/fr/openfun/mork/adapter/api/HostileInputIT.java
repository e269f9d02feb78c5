package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile inputs: every one must get a 4xx with a JSON detail, never a 500, never a write. */
class HostileInputIT {
  private static final String STATUS = "/v1/users/" + USER_ID + "/status/ashley";
  private static final String SQL = "' OR '1'='1' --";
  private static final String HTML = "<script>alert(1)</script>";
  private static final String MEGABYTE =
      "{\"type\":\"delete_user\",\"email\":\"" + "a".repeat(1 << 20) + "@x.fr\"}";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("sql in user id", "GET", "/v1/users/" + enc(SQL), null),
        Arguments.of("html in user id", "GET", "/v1/users/" + enc(HTML), null),
        Arguments.of("sql in service", "GET", "/v1/users/" + USER_ID + "/status/" + enc(SQL), null),
        Arguments.of("html in service query", "GET", "/v1/users?service=" + enc(HTML), null),
        Arguments.of(
            "sql in deletion_status", "GET", "/v1/users?deletion_status=" + enc(SQL), null),
        Arguments.of("sql in limit", "GET", "/v1/users?limit=" + enc("1; DROP TABLE users"), null),
        Arguments.of(
            "control characters in email filter",
            "GET",
            "/v1/users?email=" + enc("a\u0000b"),
            null),
        Arguments.of("huge email filter", "GET", "/v1/users?email=" + "a".repeat(300), null),
        Arguments.of("unicode task id", "GET", "/v1/tasks/" + enc("日本語-ü-🙂") + "/status", null),
        Arguments.of("sql in task type", "POST", "/v1/tasks", "{\"type\":\"" + SQL + "\"}"),
        Arguments.of(
            "sql in email",
            "POST",
            "/v1/tasks",
            "{\"type\":\"delete_user\",\"email\":\"" + SQL + "\"}"),
        Arguments.of(
            "html in email",
            "POST",
            "/v1/tasks",
            "{\"type\":\"delete_user\",\"email\":\"" + HTML + "@x.fr\"}"),
        Arguments.of(
            "html in username",
            "POST",
            "/v1/tasks",
            "{\"type\":\"email_user\",\"email\":\"a@b.fr\",\"username\":\"" + HTML + "\"}"),
        Arguments.of(
            "nul in email",
            "POST",
            "/v1/tasks",
            "{\"type\":\"delete_user\",\"email\":\"a\\u0000@b.fr\"}"),
        Arguments.of("unicode status", "PATCH", STATUS, "{\"deletion_status\":\"délété🙂\"}"),
        Arguments.of("sql in status", "PATCH", STATUS, "{\"deletion_status\":\"" + SQL + "\"}"),
        Arguments.of("object as status", "PATCH", STATUS, "{\"deletion_status\":{\"$ne\":null}}"),
        Arguments.of("1 MB body", "POST", "/v1/tasks", MEGABYTE),
        Arguments.of("1 MB patch", "PATCH", STATUS, MEGABYTE),
        Arguments.of(
            "deeply nested JSON", "POST", "/v1/tasks", "[".repeat(5000) + "]".repeat(5000)),
        Arguments.of(
            "nested object", "PATCH", STATUS, "{\"a\":".repeat(100) + "1" + "}".repeat(100)),
        Arguments.of(
            "duplicate keys",
            "PATCH",
            STATUS,
            "{\"deletion_status\":\"deleted\",\"deletion_status\":\"deleted\"}"),
        Arguments.of(
            "huge number",
            "POST",
            "/v1/tasks",
            "{\"type\":\"email_inactive_users\",\"limit\":" + "9".repeat(400) + "}"),
        Arguments.of("truncated JSON", "PATCH", STATUS, "{\"deletion_status\":"),
        Arguments.of("not JSON at all", "PATCH", STATUS, "deletion_status=deleted"),
        Arguments.of(
            "huge skip reason",
            "POST",
            STATUS + "/skip",
            "{\"reason\":\"" + "r".repeat(600) + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void givenHostileInput_request_answers4xxWithDetailAndChangesNothing(
      String name, String method, String path, String body) {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.json(method, path, ADMIN, body);

    assertThat(response.statusCode()).as(name).isBetween(400, 499);
    assertThat(tree(response.body()).has("detail")).as(name).isTrue();
    assertThat(server.tasks.submitted).isEmpty();
    assertThat(server.ledger.calls).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void givenHostileInput_request_neverEchoesTheInputAsHtml(
      String name, String method, String path, String body) {

    HttpResponse<String> response = server.json(method, path, ADMIN, body);

    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .as(name)
        .startsWith("application/json");
    assertThat(response.body()).as(name).doesNotContain("<script>");
  }

  /**
   * Read while still writing: java.net.http stops at the reset that follows the server's early
   * answer and lost the 413 about one run in 25 ("header parser received no bytes").
   */
  @org.junit.jupiter.api.Test
  void givenABodyLargerThanTheLimitWithoutLength_post_answers413() {
    String head =
        "POST /v1/tasks HTTP/1.1\r\nHost: mork\r\nX-API-Key: "
            + ADMIN
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    String chunked = Integer.toHexString(MEGABYTE.length()) + "\r\n" + MEGABYTE + "\r\n0\r\n\r\n";

    RawHttp.Response response =
        RawHttp.exchange(server.api().port(), RawHttp.ascii(head), RawHttp.ascii(chunked), false);

    assertThat(response.status()).isEqualTo(413);
    assertThat(server.tasks.submitted).isEmpty();
  }

  private static String enc(String raw) {
    return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

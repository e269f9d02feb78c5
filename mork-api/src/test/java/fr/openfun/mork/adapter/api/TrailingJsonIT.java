package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body is one JSON value: anything after it but whitespace is malformed JSON (422 {@code
 * json_invalid}, as for any other syntax error), never a silently accepted first object. The two
 * trailing-content tests failed before {@code FAIL_ON_TRAILING_TOKENS}: the first object was used
 * (202 and a submitted task, 200 and a ledger update).
 */
class TrailingJsonIT {
  private static final String STATUS = "/v1/users/" + USER_ID + "/status/ashley";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenASecondObjectAfterTheBody_submitTask_answers422JsonInvalid() {
    String first = "{\"type\":\"email_inactive_users\",\"dry_run\":true}";

    HttpResponse<String> response =
        server.json("POST", "/v1/tasks", ADMIN, first + " {\"dry_run\":false}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"detail\":[{\"loc\":[\"body\","
                    + (first.length() + 1)
                    + "],\"msg\":\"JSON decode error\",\"type\":\"json_invalid\"}]}"));
    assertThat(server.tasks.submitted).isEmpty();
  }

  @Test
  void givenAWordAfterTheBody_patchStatus_answers422JsonInvalid() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json("PATCH", STATUS, ADMIN, "{\"deletion_status\":\"deleted\"} trailing");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()).path("detail").get(0).path("type").asText())
        .isEqualTo("json_invalid");
    assertThat(server.ledger.calls).isEmpty();
  }

  @Test
  void givenTrailingWhitespace_patchStatus_acceptsTheBody() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json("PATCH", STATUS, ADMIN, "{\"deletion_status\":\"deleted\"} \r\n\t ");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.ledger.calls).containsExactly("update deleted by ops");
  }
}

package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserApiIT {
  static final String USER_JSON =
      """
      {"id":"8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60","username":"johndoe","edx_user_id":4211,
       "email":"johndoe@example.com","reason":"gdpr",
       "service_statuses":[{"service_name":"ashley","status":"to_delete"},
         {"service_name":"edx","status":"deleted"},{"service_name":"sarbacane","status":"to_delete"}],
       "created_at":"2024-03-01T10:15:30+00:00","updated_at":"2024-03-02T08:00:00.123456+00:00"}
      """;
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/users", "/v1/users/"})
  void givenOneUser_list_answersV1UserRead(String path) {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get(path, ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body())).isEqualTo(tree("[" + USER_JSON + "]"));
  }

  @Test
  void givenTwoUsers_list_answersTheExactBytesOfTheirSingleReads() {
    UUID other = UUID.fromString("00000000-0000-4000-8000-000000000002");
    server.ledger.add(Fixtures.aUser());
    server.ledger.add(Fixtures.aUser(other, DeletionStatus.DELETING));

    String list = server.get("/v1/users", ADMIN).body();

    String first = server.get("/v1/users/" + Fixtures.USER_ID, ADMIN).body();
    String second = server.get("/v1/users/" + other, ADMIN).body();
    assertThat(List.of("[" + first + "," + second + "]", "[" + second + "," + first + "]"))
        .contains(list);
  }

  @Test
  void givenNoParameters_list_usesOffset0Limit100() {

    server.get("/v1/users", ADMIN);

    assertThat(server.ledger.lastQuery.offset()).isZero();
    assertThat(server.ledger.lastQuery.limit()).isEqualTo(100);
  }

  @Test
  void givenEveryFilter_list_passesThemAll() {

    server.get(
        "/v1/users?email=JOHN&username=doe&service=ashley&deletion_status=to_delete&offset=10&limit=1000",
        ADMIN);

    var query = server.ledger.lastQuery;
    assertThat(query.email()).contains("JOHN");
    assertThat(query.username()).contains("doe");
    assertThat(query.service()).contains(ServiceName.of("ashley"));
    assertThat(query.deletionStatus()).contains(DeletionStatus.TO_DELETE);
    assertThat(query.offset()).isEqualTo(10);
    assertThat(query.limit()).isEqualTo(1000);
  }

  @Test
  void givenLimitZero_list_answersAnEmptyListAsTheOriginal() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users?limit=0", ADMIN);

    assertThat(response.body()).isEqualTo("[]");
    assertThat(server.ledger.lastQuery).isNull();
  }

  @Test
  void givenOffsetBeyondTheEnd_list_answersAnEmptyList() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users?offset=1", ADMIN);

    assertThat(response.body()).isEqualTo("[]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "deletion_status=wrong_status|query,deletion_status|Input should be 'to_delete', 'deleting', 'deleted' or 'protected'|enum",
        "service=wrong_service|query,service|Input should be 'ashley', 'edx', 'joanie' or 'sarbacane'|enum",
        "limit=1001|query,limit|Input should be less than or equal to 1000|less_than_equal",
        "limit=-1|query,limit|Input should be greater than or equal to 0|greater_than_equal",
        "offset=-1|query,offset|Input should be greater than or equal to 0|greater_than_equal",
        "offset=ten|query,offset|Input should be a valid integer, unable to parse string|int_parsing",
        "limit=99999999999|query,limit|Input should be a valid integer, unable to parse string|int_parsing",
      })
  void givenInvalidQuery_list_answers422(String query, String loc, String msg, String type) {

    HttpResponse<String> response = server.get("/v1/users?" + query, ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()).path("detail").get(0))
        .isEqualTo(
            ApiServer.JSON.valueToTree(
                java.util.Map.of(
                    "loc", java.util.List.of(loc.split(",")), "msg", msg, "type", type)));
  }

  @Test
  void givenTwoInvalidParameters_list_reportsBoth() {

    HttpResponse<String> response = server.get("/v1/users?limit=1001&offset=-1", ADMIN);

    assertThat(tree(response.body()).path("detail").size()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60",
        "8b0e3f5c2d1a4c3e9f6a1b2c3d4e5f60",
        "8B0E3F5C-2D1A-4C3E-9F6A-1B2C3D4E5F60"
      })
  void givenAnIdInAnyPydanticForm_get_answersTheUser(String id) {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users/" + id, ADMIN);

    assertThat(tree(response.body())).isEqualTo(tree(USER_JSON));
  }

  @Test
  void givenUnknownUser_get_answers404UserNotFound() {

    HttpResponse<String> response = server.get("/v1/users/" + UUID.randomUUID(), ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"User not found\"}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"foo", "123", "a1-a2-aa", "8b0e3f5c2d1a4c3e9f6a1b2c3d4e5f60a", "1-1-1-1-1"})
  void givenInvalidId_get_answers422(String id) {

    HttpResponse<String> response = server.get("/v1/users/" + id, ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"detail\":[{\"loc\":[\"path\",\"user_id\"],\"msg\":\"Input should be a valid UUID\",\"type\":\"uuid_parsing\"}]}"));
  }

  @Test
  void givenAServiceNotTrackingTheUser_get_answers404() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users/" + USER_ID + "?service=joanie", ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void givenUnknownServiceFilter_get_answers422() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.get("/v1/users/" + USER_ID + "?service=wrong_service", ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
  }

  @Test
  void givenAStatus_readStatus_answersV1Shape() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users/" + USER_ID + "/status/ashley", ADMIN);

    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"id\":\""
                    + USER_ID
                    + "\",\"service_name\":\"ashley\",\"status\":\"to_delete\"}"));
  }

  @Test
  void givenAnUntrackedService_readStatus_answers404UserStatusNotFound() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response = server.get("/v1/users/" + USER_ID + "/status/joanie", ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"User status not found\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo", "123", "EDX"})
  void givenUnknownService_readStatus_answers422(String service) {

    HttpResponse<String> response =
        server.get("/v1/users/" + USER_ID + "/status/" + service, ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()).path("detail").get(0).path("loc").toString())
        .isEqualTo("[\"path\",\"service_name\"]");
  }

  @Test
  void givenAPendingStatus_patch_updatesAndAnswersV1Shape() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json(
            "PATCH",
            "/v1/users/" + USER_ID + "/status/ashley",
            ADMIN,
            "{\"deletion_status\":\"deleted\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"id\":\"" + USER_ID + "\",\"service_name\":\"ashley\",\"status\":\"deleted\"}"));
    assertThat(server.ledger.calls).containsExactly("update deleted by ops");
  }

  @Test
  void givenAFinalStatus_patchBackwards_answers409() {
    server.ledger.add(Fixtures.aUser(USER_ID, DeletionStatus.DELETED));

    HttpResponse<String> response =
        server.json(
            "PATCH",
            "/v1/users/" + USER_ID + "/status/ashley",
            ADMIN,
            "{\"deletion_status\":\"deleting\"}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(tree(response.body()).path("detail").asText()).contains("deleted", "deleting");
  }

  @Test
  void givenUnknownUser_patch_answers404() {

    HttpResponse<String> response =
        server.json(
            "PATCH",
            "/v1/users/" + UUID.randomUUID() + "/status/ashley",
            ADMIN,
            "{\"deletion_status\":\"deleted\"}");

    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"User status not found\"}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"deletion_status\":\"wrong_status\"}|Input should be 'to_delete', 'deleting', 'deleted' or 'protected'|enum",
        "{\"deletion_status\":123}|Input should be 'to_delete', 'deleting', 'deleted' or 'protected'|enum",
        "{}|Field required|missing",
        "\"deleted\"|Field required|missing",
      })
  void givenInvalidBody_patch_answers422(String body, String msg, String type) {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json("PATCH", "/v1/users/" + USER_ID + "/status/ashley", ADMIN, body);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()).path("detail").get(0))
        .isEqualTo(
            tree(
                "{\"loc\":[\"body\",\"deletion_status\"],\"msg\":\""
                    + msg.replace("\"", "\\\"")
                    + "\",\"type\":\""
                    + type
                    + "\"}"));
  }

  @Test
  void givenAStatus_retry_reopensItAsTheCaller() {
    server.ledger.add(Fixtures.aUser(USER_ID, DeletionStatus.DELETED));

    HttpResponse<String> response =
        server.send("POST", "/v1/users/" + USER_ID + "/status/ashley/retry", ADMIN, null, null);

    assertThat(tree(response.body()).path("status").asText()).isEqualTo("to_delete");
    assertThat(server.ledger.calls).containsExactly("retry by ops");
  }

  @Test
  void givenAReason_skip_marksDeletedWithTheReason() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json(
            "POST",
            "/v1/users/" + USER_ID + "/status/ashley/skip",
            ADMIN,
            "{\"reason\":\"removed by hand\"}");

    assertThat(tree(response.body()).path("status").asText()).isEqualTo("deleted");
    assertThat(server.ledger.calls).containsExactly("skip 'removed by hand' by ops");
  }

  @Test
  void givenNoReason_skip_answers422() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json(
            "POST", "/v1/users/" + USER_ID + "/status/ashley/skip", ADMIN, "{\"reason\":\" \"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(server.ledger.calls).isEmpty();
  }

  @Test
  void givenAuditEvents_history_answersThem() {
    server.ledger.add(Fixtures.aUser());
    server.ledger.events.add(
        new AuditEvent(
            Fixtures.NOW,
            Actor.of("ashley"),
            "status_updated",
            Optional.of(USER_ID),
            Optional.of(ServiceName.of("ashley")),
            Optional.of(DeletionStatus.TO_DELETE),
            Optional.of(DeletionStatus.DELETED),
            "PATCH"));

    HttpResponse<String> response = server.get("/v1/users/" + USER_ID + "/history", ADMIN);

    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "[{\"at\":\"2024-03-01T10:15:30+00:00\",\"actor\":\"ashley\",\"action\":\"status_updated\",\"service_name\":\"ashley\",\"from\":\"to_delete\",\"to\":\"deleted\",\"detail\":\"PATCH\"}]"));
  }

  @Test
  void givenUnknownUser_history_answers404() {

    HttpResponse<String> response =
        server.get("/v1/users/" + UUID.randomUUID() + "/history", ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
  }
}

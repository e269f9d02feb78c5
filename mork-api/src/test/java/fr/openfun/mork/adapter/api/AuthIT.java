package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.ASHLEY;
import static fr.openfun.mork.adapter.api.ApiServer.JOANIE;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthIT {
  private static final String STATUS = "/v1/users/" + USER_ID + "/status/";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/v1/tasks",
    "OPTIONS,/v1/tasks",
    "GET,/v1/tasks",
    "GET,/v1/tasks/x",
    "DELETE,/v1/tasks/x",
    "GET,/v1/tasks/x/status",
    "POST,/v1/tasks/x/approve",
    "GET,/v1/users",
    "GET,/v1/users/x",
    "GET,/v1/users/x/history",
    "GET,/v1/users/x/status/edx",
    "PATCH,/v1/users/x/status/edx",
    "POST,/v1/users/x/status/edx/retry",
    "POST,/v1/users/x/status/edx/skip",
    "GET,/v1/edx/plan",
    "POST,/v1/edx/plan/acknowledge",
    "GET,/v1/pause",
    "POST,/v1/pause",
    "DELETE,/v1/pause",
    "GET,/metrics"
  })
  void givenNoKey_protectedRoute_answers401BeforeAnyValidation(String method, String path) {

    HttpResponse<String> response = server.send(method, path, null, null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response.body()).path("detail").asText()).startsWith("Not authenticated");
  }

  @Test
  void givenUnknownKey_protectedRoute_answers401InvalidKey() {

    HttpResponse<String> response = server.get("/v1/users", "admin-secreT");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Invalid API key\"}"));
  }

  @Test
  void givenServiceKey_readLedger_answers200() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> list = server.get("/v1/users", JOANIE);
    HttpResponse<String> status = server.get(STATUS + "ashley", JOANIE);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(status.statusCode()).isEqualTo(200);
  }

  @Test
  void givenServiceKey_listUsers_searchesAsThatConsumingService() {
    server.ledger.add(Fixtures.aUser());

    server.get("/v1/users", JOANIE);
    server.get("/v1/users", ApiServer.ADMIN);

    assertThat(server.ledger.calls).containsExactly("search for joanie");
  }

  @Test
  void givenServiceKey_patchOwnService_recordsTheServiceAsActor() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json("PATCH", STATUS + "ashley", ASHLEY, "{\"deletion_status\":\"deleted\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.ledger.calls).containsExactly("update deleted by ashley");
  }

  @Test
  void givenServiceKey_patchAnotherService_answers403() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.json("PATCH", STATUS + "ashley", JOANIE, "{\"deletion_status\":\"deleted\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(tree(response.body()).has("detail")).isTrue();
    assertThat(server.ledger.calls).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/v1/tasks",
    "GET,/v1/tasks",
    "POST,/v1/pause",
    "GET,/v1/edx/plan",
    "GET,/metrics",
    "GET,/v1/users/8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60/history",
    "POST,/v1/users/8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60/status/joanie/retry"
  })
  void givenServiceKey_adminRoute_answers403(String method, String path) {

    HttpResponse<String> response = server.send(method, path, JOANIE, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(server.tasks.submitted).isEmpty();
    assertThat(server.controlCalls).isEmpty();
  }

  @Test
  void givenAdminKey_pauseAndResume_recordTheKeyNameAsActor() {

    HttpResponse<String> paused = server.send("POST", "/v1/pause", ADMIN, null, null);
    HttpResponse<String> state = server.get("/v1/pause", ADMIN);
    HttpResponse<String> resumed = server.send("DELETE", "/v1/pause/", ADMIN, null, null);

    assertThat(tree(paused.body())).isEqualTo(tree("{\"paused\":true}"));
    assertThat(tree(state.body())).isEqualTo(tree("{\"paused\":true}"));
    assertThat(tree(resumed.body())).isEqualTo(tree("{\"paused\":false}"));
    assertThat(server.controlCalls).containsExactly("pause by ops", "resume by ops");
  }

  @Test
  void givenAdminKey_plan_answersStepsAndDrift() {

    HttpResponse<String> response = server.get("/v1/edx/plan", ADMIN);

    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"fingerprint\":\"sha256:abc\",\"read_at\":\"2024-03-01T10:15:30+00:00\",\"steps\":[],\"unpoliced_columns\":[],\"protecting_tables\":[],\"drift\":{\"status\":\"blocked\",\"reason\":\"schema changed\"}}"));
  }

  @Test
  void givenTheCurrentFingerprint_acknowledge_recordsTheActor() {

    HttpResponse<String> response =
        server.json("POST", "/v1/edx/plan/acknowledge", ADMIN, "{\"fingerprint\":\"sha256:abc\"}");

    assertThat(tree(response.body())).isEqualTo(tree("{\"acknowledged\":\"sha256:abc\"}"));
    assertThat(server.controlCalls).containsExactly("acknowledge by ops");
  }

  @Test
  void givenAStaleFingerprint_acknowledge_answers422() {

    HttpResponse<String> response =
        server.json("POST", "/v1/edx/plan/acknowledge", ADMIN, "{\"fingerprint\":\"sha256:old\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()))
        .isEqualTo(tree("{\"detail\":\"fingerprint is not the current plan's\"}"));
  }
}

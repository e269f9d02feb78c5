package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An API started before its use cases are wired: alive, not ready, until opened. */
class StartingApiIT {
  private final ApiServer server = new ApiServer(false);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAStartingApi_lbHeartbeat_answers200NullWithARequestId() {

    HttpResponse<String> response = server.get("/__lbheartbeat__", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("null");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.headers().firstValue("X-Request-ID").orElseThrow()).hasSize(36);
  }

  @Test
  void givenAStartingApi_heartbeat_answers503StartingWithoutAskingTheDependencies() {
    server.health.put("edx", false);

    HttpResponse<String> response = server.get("/__heartbeat__", null);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Mork is starting\"}"));
    assertThat(response.headers().firstValue("Retry-After")).contains("1");
  }

  @Test
  void givenAStartingApi_aLedgerRead_answers503WithoutReachingTheLedger() {

    HttpResponse<String> response = server.get("/v1/users", ApiServer.ADMIN);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Mork is starting\"}"));
    assertThat(server.ledger.lastQuery).isNull();
  }

  @Test
  void givenAnOpenedApi_heartbeat_reportsTheDependencies() {
    server.api().open();

    HttpResponse<String> response = server.get("/__heartbeat__", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body())).isEqualTo(tree("{\"database\":\"ok\",\"edx\":\"ok\"}"));
  }

  @Test
  void givenAStartingApi_lbHeartbeat_isToldToTheRequestListener() {

    server.get("/__lbheartbeat__", null);
    server.awaitAnswered(1);

    assertThat(server.answered).containsExactly("GET /__lbheartbeat__ 200");
  }
}

package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The method on the request line is the method: {@code X-HTTP-Method-Override} and {@code
 * ?_method=} change nothing, so proxy and WAF rules keyed on the method hold. Before
 * MethodOverrideStripper, the four header tests failed: Javalin's {@code Context.method()} honoured
 * the header, so a GET ran the PATCH handler (the status became {@code deleted}), the POST handler
 * (the switch became paused) and the OPTIONS handler ({@code task_types}), and a POST ran the
 * DELETE handler. The {@code _method} test passed already: Javalin never reads that parameter.
 */
class MethodOverrideIT {
  private static final String STATUS = "/v1/users/" + USER_ID + "/status/ashley";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenOverridePatch_getStatusWithABody_readsAndWritesNothing() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> response =
        server.send(overridden("GET", STATUS, "PATCH", "{\"deletion_status\":\"deleted\"}"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body()).path("status").asText()).isEqualTo("to_delete");
    assertThat(server.ledger.calls).isEmpty();
  }

  @Test
  void givenOverridePost_getPause_readsTheSwitchWithoutPausing() {

    HttpResponse<String> response = server.send(overridden("GET", "/v1/pause", "POST", null));

    assertThat(tree(response.body())).isEqualTo(tree("{\"paused\":false}"));
    assertThat(server.controlCalls).isEmpty();
  }

  @Test
  void givenOverrideOptions_getTasks_listsTasks() {

    HttpResponse<String> response = server.send(overridden("GET", "/v1/tasks", "OPTIONS", null));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body()).isArray()).isTrue();
  }

  @Test
  void givenOverrideDelete_postPause_pauses() {

    HttpResponse<String> response = server.send(overridden("POST", "/v1/pause", "DELETE", null));

    assertThat(tree(response.body())).isEqualTo(tree("{\"paused\":true}"));
    assertThat(server.controlCalls).containsExactly("pause by ops");
  }

  @Test
  void givenMethodQueryParameter_getPause_readsTheSwitchWithoutPausing() {

    HttpResponse<String> response = server.get("/v1/pause?_method=POST", ADMIN);

    assertThat(tree(response.body())).isEqualTo(tree("{\"paused\":false}"));
    assertThat(server.controlCalls).isEmpty();
  }

  private HttpRequest overridden(String method, String path, String override, String body) {
    return HttpRequest.newBuilder(server.uri(path))
        .header("X-API-Key", ADMIN)
        .header("Content-Type", "application/json")
        .header("X-HTTP-Method-Override", override)
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .build();
  }
}

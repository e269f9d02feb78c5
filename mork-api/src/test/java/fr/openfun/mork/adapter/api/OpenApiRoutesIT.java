package fr.openfun.mork.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenApiRoutesIT {
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenTheRunningApi_registeredRoutes_areExactlyTheDocumentedOperations() {
    JsonNode document = ApiServer.tree(server.get("/openapi.json", null).body());
    List<String> documented = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            documented.add(
                                op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

    List<String> routed = server.api().routes();

    assertThat(routed).isNotEmpty().containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void givenLiveResponses_theirBodies_validateAgainstTheDocumentedSchemas() {
    server.ledger.add(Fixtures.aUser());
    server.tasks.add(TaskApiIT.dryRun(fr.openfun.mork.domain.model.TaskStatus.SUCCESS));
    JsonNode document = OpenApiDocumentTest.read();
    SchemaCheck check = new SchemaCheck(document);
    String[][] calls = {
      {"/v1/users", "/v1/users"},
      {"/v1/users/{user_id}", "/v1/users/" + Fixtures.USER_ID},
      {"/v1/tasks/{task_id}", "/v1/tasks/3fa85f64-5717-4562-b3fc-2c963f66afa6"},
      {"/v1/edx/plan", "/v1/edx/plan"},
      {"/__heartbeat__", "/__heartbeat__"}
    };
    List<String> violations = new ArrayList<>();

    for (String[] call : calls) {
      JsonNode schema =
          document.at(
              "/paths/"
                  + call[0].replace("/", "~1")
                  + "/get/responses/200/content/application~1json/schema");
      violations.addAll(
          check.violations(
              schema, ApiServer.tree(server.get(call[1], ApiServer.ADMIN).body()), call[1]));
    }

    assertThat(violations).isEmpty();
  }
}

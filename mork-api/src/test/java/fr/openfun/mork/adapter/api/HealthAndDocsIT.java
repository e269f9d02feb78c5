package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthAndDocsIT {
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenNoKey_lbHeartbeat_answers200Null() {

    HttpResponse<String> response = server.get("/__lbheartbeat__", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("null");
  }

  @Test
  void givenEveryPartUp_heartbeat_answers200WithEachPartOk() {

    HttpResponse<String> response = server.get("/__heartbeat__/", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body())).isEqualTo(tree("{\"database\":\"ok\",\"edx\":\"ok\"}"));
  }

  @Test
  void givenEdxDown_heartbeat_answers500NamingTheFailingPart() {
    server.health.put("edx", false);

    HttpResponse<String> response = server.get("/__heartbeat__", null);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(tree(response.body())).isEqualTo(tree("{\"database\":\"ok\",\"edx\":\"error\"}"));
  }

  @Test
  void givenAdminKey_metrics_answersPrometheusText() {

    HttpResponse<String> response = server.get("/metrics", ApiServer.ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain");
    assertThat(response.body()).isEqualTo("mork_up 1.0\n");
  }

  @Test
  void givenNoKey_metrics_answers401() {

    HttpResponse<String> response = server.get("/metrics", null);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void givenNoKey_openApi_answersTheDocument() {

    HttpResponse<String> response = server.get("/openapi.json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body()).path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void givenNoKey_docs_servesSwaggerUiFromThisServer() {

    HttpResponse<String> page = server.get("/docs", null);
    HttpResponse<String> bundle = server.get("/docs/swagger-ui-bundle.js", null);

    assertThat(page.body())
        .contains("/docs/swagger-ui-bundle.js", "/openapi.json")
        .doesNotContain("https://");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
  }

  @Test
  void givenAnAssetOutsideTheList_docs_answers404() {

    HttpResponse<String> response = server.get("/docs/pom.properties", null);

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void givenUnknownPath_anyRequest_answers404NotFoundDetail() {

    HttpResponse<String> response = server.get("/v2/nothing", ApiServer.ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Not Found\"}"));
  }

  @Test
  void givenKnownPathWrongMethod_request_answers405() {

    HttpResponse<String> response = server.send("PUT", "/v1/pause", ApiServer.ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Method Not Allowed\"}"));
  }

  @Test
  void givenARequestId_anyRequest_echoesIt() {
    var request =
        java.net.http.HttpRequest.newBuilder(server.uri("/__lbheartbeat__"))
            .header("X-Request-ID", "abc-123")
            .build();

    HttpResponse<String> response = server.send(request);

    assertThat(response.headers().firstValue("X-Request-ID")).contains("abc-123");
  }

  @Test
  void givenNoRequestId_anyRequest_generatesOne() {

    HttpResponse<String> response = server.get("/__lbheartbeat__", null);

    assertThat(response.headers().firstValue("X-Request-ID").orElseThrow()).hasSize(36);
  }
}

package fr.openfun.mork.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  private final JsonNode document = read();
  private final SchemaCheck schemas = new SchemaCheck(document);

  @Test
  void givenTheDocument_everyExampleResponse_validatesAgainstItsSchema() {
    List<String> violations = new ArrayList<>();

    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue()
                                .path("responses")
                                .properties()
                                .forEach(
                                    response -> {
                                      JsonNode json =
                                          response
                                              .getValue()
                                              .path("content")
                                              .path("application/json");
                                      if (json.has("example")) {
                                        String at =
                                            op.getKey()
                                                + " "
                                                + path.getKey()
                                                + " "
                                                + response.getKey();
                                        violations.addAll(
                                            schemas.violations(
                                                json.get("schema"), json.get("example"), at));
                                      }
                                    })));

    assertThat(violations).isEmpty();
  }

  @Test
  void givenTheDocument_everyExampleRequestBody_validatesAgainstItsSchema() {
    List<String> violations = new ArrayList<>();

    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          JsonNode json =
                              op.getValue()
                                  .path("requestBody")
                                  .path("content")
                                  .path("application/json");
                          if (json.has("example")) {
                            violations.addAll(
                                schemas.violations(
                                    json.get("schema"), json.get("example"), path.getKey()));
                          }
                        }));

    assertThat(violations).isEmpty();
  }

  @Test
  void givenABrokenExample_schemaCheck_reportsIt() {
    JsonNode schema = ApiServer.tree("{\"$ref\":\"#/components/schemas/UserStatusRead\"}");

    List<String> violations =
        schemas.violations(schema, ApiServer.tree("{\"id\":\"x\",\"status\":\"gone\"}"), "$");

    assertThat(violations)
        .containsExactlyInAnyOrder("$: missing service_name", "$.status: \"gone\" not in enum");
  }

  @Test
  void givenTheDocument_everyOperation_declaresItsScopeAndWhetherItIsAnExtension() {

    List<String> undeclared = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (!op.getValue().has("x-mork-scope")
                              || !op.getValue().has("x-mork-extension")) {
                            undeclared.add(op.getKey() + " " + path.getKey());
                          }
                        }));

    assertThat(undeclared).isEmpty();
  }

  static JsonNode read() {
    try (InputStream in =
        OpenApiDocumentTest.class.getResourceAsStream(DocsController.OPENAPI_RESOURCE)) {
      return ApiServer.JSON.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package fr.openfun.mork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.app.config.LogFormat;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.logging.LogbackSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --json} of {@code plan}, {@code tasks} and {@code users}: one JSON document on stdout, the
 * field names of the REST API's schemas (read from its OpenAPI document), personal data masked.
 */
class CliJsonOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMAS =
      read("/fr/openfun/mork/adapter/api/openapi.json").path("components").path("schemas");
  private final FakeRuntime runtime = new FakeRuntime();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void givenPlanJson_run_printsThePlanWithTheApiFields() throws IOException {
    int status = run("plan", "--json");

    JsonNode plan = JSON.readTree(out.toString());
    assertThat(status).isZero();
    assertThat(fields(plan)).containsExactlyInAnyOrderElementsOf(schema("Plan"));
    assertThat(fields(plan.path("steps").get(0)))
        .containsExactlyInAnyOrderElementsOf(schema("PlanStep"));
    assertThat(plan.path("fingerprint").asText()).isEqualTo("f00d");
    assertThat(plan.path("read_at").asText()).isEqualTo("1970-01-01T00:00:00+00:00");
    assertThat(plan.path("steps").get(0).path("action").asText()).isEqualTo("delete");
    assertThat(plan.path("unpoliced_columns").get(0).asText()).isEqualTo("notes.author_id");
    assertThat(plan.path("drift").path("status").asText()).isEqualTo("allowed");
  }

  @Test
  void givenPlanJsonForOneEmail_run_printsTheCountsWithTheEmailMasked() throws IOException {
    run("plan", "--email", "jane@example.org", "--json");

    JsonNode preview = JSON.readTree(out.toString());
    assertThat(preview.path("email").asText()).isEqualTo("j***@e***.org");
    assertThat(preview.path("outcome").asText()).isEqualTo("erased");
    assertThat(preview.path("counts").path("student_courseenrollment").asLong()).isEqualTo(3);
    assertThat(out.toString()).doesNotContain("jane@");
  }

  @Test
  void givenTasksJson_run_printsAListOfTasksWithTheApiFields() throws IOException {
    run("tasks", "--json");

    JsonNode tasks = JSON.readTree(out.toString());
    assertThat(tasks.isArray()).isTrue();
    JsonNode task = tasks.get(0);
    assertThat(fields(task)).containsExactlyInAnyOrderElementsOf(schema("Task"));
    assertThat(fields(task.path("report"))).containsExactlyInAnyOrderElementsOf(schema("Report"));
    assertThat(fields(task.path("progress")))
        .containsExactlyInAnyOrderElementsOf(schema("TaskProgress"));
    assertThat(task.path("type").asText()).isEqualTo("delete_user");
    assertThat(task.path("created_at").asText()).isEqualTo("2024-03-01T10:15:30+00:00");
  }

  @Test
  void givenTasksJson_run_masksTheEmailOfAOneUserTask() throws IOException {
    run("tasks", "--json");

    JsonNode parameters = JSON.readTree(out.toString()).get(0).path("parameters");
    assertThat(parameters.path("email").asText()).isEqualTo("j***@e***.org");
    assertThat(out.toString()).doesNotContain("jane.doe@");
  }

  @Test
  void givenTasksJsonForOneId_run_printsThatTaskAsAnObject() throws IOException {
    int status = run("tasks", "--id", FakeRuntime.TASK.id().toString(), "--json");

    JsonNode task = JSON.readTree(out.toString());
    assertThat(status).isZero();
    assertThat(task.path("id").asText()).isEqualTo(FakeRuntime.TASK.id().toString());
  }

  @Test
  void givenUsersJson_run_printsAListOfUsersWithTheApiFieldsMasked() throws IOException {
    run("users", "--json", "--status", "to_delete");

    JsonNode user = JSON.readTree(out.toString()).get(0);
    assertThat(fields(user)).containsExactlyInAnyOrderElementsOf(schema("UserRead"));
    assertThat(fields(user.path("service_statuses").get(0)))
        .containsExactlyInAnyOrderElementsOf(schema("UserServiceStatusRead"));
    assertThat(user.path("email").asText()).isEqualTo("j***@e***.org");
    assertThat(user.path("username").asText()).isEqualTo("j***");
    assertThat(user.path("edx_user_id").asLong()).isEqualTo(42);
    assertThat(user.path("service_statuses").get(0).path("service_name").asText()).isEqualTo("edx");
    assertThat(out.toString()).doesNotContain("jane.doe@", "janedoe42");
  }

  @Test
  void givenUsersQuiet_run_printsOnlyTheResult() {
    int status = run("users", "--quiet");

    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("1 users").contains("j***@e***.org");
    assertThat(err.toString()).isEmpty();
  }

  @AfterEach
  void restoreLogging() {
    LogbackSetup.apply(LogFormat.TEXT, "INFO");
  }

  private int run(String... args) {
    CliContext context =
        new CliContext(
            () -> MorkConfigLoader.load(Map.of()),
            config -> runtime,
            new PrintWriter(out),
            System.err,
            false,
            hook -> {});
    return MorkCli.run(context, new PrintWriter(err), args);
  }

  private static List<String> schema(String name) {
    return fields(SCHEMAS.path(name).path("properties"));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = CliJsonOutputTest.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

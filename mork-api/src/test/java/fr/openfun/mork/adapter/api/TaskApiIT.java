package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskApiIT {
  private static final UUID DRY = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/tasks", "/v1/tasks/"})
  void givenDeleteUserBody_post_answers202PendingWithLocation(String path) {

    HttpResponse<String> response =
        server.json(
            "POST",
            path,
            ADMIN,
            "{\"type\":\"delete_user\",\"email\":\"johndoe@example.com\",\"dry_run\":false}");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(tree(response.body()))
        .isEqualTo(
            tree("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"status\":\"PENDING\"}"));
    assertThat(response.headers().firstValue("Location"))
        .contains("/v1/tasks/00000000-0000-0000-0000-000000000001/status");
    assertThat(server.tasks.submitted.get(0).parameters())
        .isEqualTo(
            new TaskParameters.DeleteUser("johndoe@example.com", DeletionReason.USER_REQUESTED));
    assertThat(server.tasks.submitted.get(0).dryRun()).isFalse();
  }

  @Test
  void givenNoDryRun_post_submitsADryRunAsTheOriginal() {

    server.json(
        "POST",
        "/v1/tasks",
        ADMIN,
        "{\"type\":\"email_inactive_users\",\"limit\":100,\"extra\":1}");

    assertThat(server.tasks.submitted.get(0).dryRun()).isTrue();
    assertThat(server.tasks.submitted.get(0).parameters())
        .isEqualTo(new TaskParameters.EmailInactiveUsers(OptionalInt.of(100)));
    assertThat(server.tasks.submitted.get(0).requestedBy()).isEqualTo(Actor.of("ops"));
  }

  @Test
  void givenEmailUserBody_post_submitsEmailAndUsername() {

    server.json(
        "POST",
        "/v1/tasks",
        ADMIN,
        "{\"type\":\"email_user\",\"email\":\"a@b.fr\",\"username\":\"JohnDoe\"}");

    assertThat(server.tasks.submitted.get(0).parameters())
        .isEqualTo(new TaskParameters.EmailUser("a@b.fr", "JohnDoe"));
  }

  @Test
  void givenDeleteInactiveUsersWithForce_post_submitsForce() {

    server.json("POST", "/v1/tasks", ADMIN, "{\"type\":\"delete_inactive_users\",\"force\":true}");

    assertThat(server.tasks.submitted.get(0).parameters())
        .isEqualTo(new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), true, List.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|body|Unable to extract tag using discriminator 'type'|union_tag_not_found",
        "{\"type\":\"wrong_type\"}|body|Input tag does not match any of the expected tags: 'email_inactive_users', 'email_user', 'delete_inactive_users', 'delete_user'|union_tag_invalid",
        "[1]|body|Input should be a valid dictionary or object to extract fields from|model_attributes_type",
        "{\"type\":\"delete_user\"}|body,delete_user,email|Field required|missing",
        "{\"type\":\"email_user\",\"email\":\"a@b.fr\"}|body,email_user,username|Field required|missing",
        "{\"type\":\"email_user\",\"username\":\"JohnDoe\"}|body,email_user,email|Field required|missing",
        "{\"type\":\"delete_user\",\"email\":42}|body,delete_user,email|Input should be a valid string|string_type",
        "{\"type\":\"delete_user\",\"email\":\"nobody\"}|body,delete_user,email|value is not a valid email address|value_error",
        "{\"type\":\"delete_user\",\"email\":\"a@b.fr\",\"reason\":\"x\"}|body,delete_user,reason|Input should be 'user_requested' or 'gdpr'|enum",
        "{\"type\":\"email_inactive_users\",\"dry_run\":\"maybe\"}|body,email_inactive_users,dry_run|Input should be a valid boolean, unable to interpret input|bool_parsing",
        "{\"type\":\"email_inactive_users\",\"limit\":0}|body,email_inactive_users,limit|Input should be greater than or equal to 1|greater_than_equal",
        "{\"type\":\"delete_inactive_users\",\"limit\":\"ten\"}|body,delete_inactive_users,limit|Input should be a valid integer|int_type",
        "{\"type\":\"delete_inactive_users\",\"limit\":1.5}|body,delete_inactive_users,limit|Input should be a valid integer|int_type",
        "{\"type\":\"delete_user\"|body,21|JSON decode error|json_invalid",
      })
  void givenInvalidBody_post_answers422WithFastApiDetail(
      String body, String loc, String msg, String type) {

    HttpResponse<String> response = server.json("POST", "/v1/tasks", ADMIN, body);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()).path("detail").get(0))
        .isEqualTo(ApiServer.JSON.valueToTree(Map.of("loc", locOf(loc), "msg", msg, "type", type)));
    assertThat(server.tasks.submitted).isEmpty();
  }

  @Test
  void givenNoBody_post_answers422BodyMissing() {

    HttpResponse<String> response = server.send("POST", "/v1/tasks", ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}"));
  }

  @Test
  void givenFormContentType_post_answers415() {

    HttpResponse<String> response =
        server.send(
            "POST", "/v1/tasks", ADMIN, "type=delete_user", "application/x-www-form-urlencoded");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(tree(response.body()).path("detail").asText()).startsWith("Unsupported media type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/tasks", "/v1/tasks/"})
  void givenOptions_tasks_answersTaskTypesAndAllowPost(String path) {

    HttpResponse<String> response = server.send("OPTIONS", path, ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"task_types\":[\"email_inactive_users\",\"email_user\",\"delete_inactive_users\",\"delete_user\"]}"));
  }

  @Test
  void givenASubmittedTask_status_answersIdAndStatus() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS));

    HttpResponse<String> response = server.get("/v1/tasks/" + DRY + "/status", ADMIN);

    assertThat(tree(response.body()))
        .isEqualTo(tree("{\"id\":\"" + DRY + "\",\"status\":\"SUCCESS\"}"));
  }

  @Test
  void givenUnknownTask_status_answers404() {

    HttpResponse<String> response = server.get("/v1/tasks/" + DRY + "/status", ADMIN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"Task not found\"}"));
  }

  @Test
  void givenBadTaskId_status_answers422() {

    HttpResponse<String> response = server.get("/v1/tasks/1234/status", ADMIN);

    assertThat(tree(response.body()))
        .isEqualTo(
            tree(
                "{\"detail\":[{\"loc\":[\"path\",\"task_id\"],\"msg\":\"Input should be a valid UUID\",\"type\":\"uuid_parsing\"}]}"));
  }

  @Test
  void givenAFinishedDryRun_get_answersTheTaskWithItsReport() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS));

    HttpResponse<String> response = server.get("/v1/tasks/" + DRY, ADMIN);

    assertThat(tree(response.body())).isEqualTo(tree(TaskJson.DRY_RUN));
  }

  @Test
  void givenFilters_list_passesThemToTheQuery() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS));

    HttpResponse<String> response =
        server.get("/v1/tasks?type=delete_inactive_users&status=SUCCESS&offset=0&limit=5", ADMIN);

    assertThat(tree(response.body()).size()).isEqualTo(1);
    assertThat(server.tasks.lastQuery.type()).contains(TaskType.DELETE_INACTIVE_USERS);
    assertThat(server.tasks.lastQuery.status()).contains(TaskStatus.SUCCESS);
    assertThat(server.tasks.lastQuery.limit()).isEqualTo(5);
  }

  @Test
  void givenUnknownStatusFilter_list_answers422() {

    HttpResponse<String> response = server.get("/v1/tasks?status=DONE", ADMIN);

    assertThat(response.statusCode()).isEqualTo(422);
  }

  @Test
  void givenAPendingTask_delete_revokesIt() {
    server.tasks.add(dryRun(TaskStatus.PENDING));

    HttpResponse<String> response = server.send("DELETE", "/v1/tasks/" + DRY, ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tree(response.body()).path("status").asText()).isEqualTo("REVOKED");
  }

  @Test
  void givenAFinishedTask_delete_answers409() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS));

    HttpResponse<String> response = server.send("DELETE", "/v1/tasks/" + DRY, ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(tree(response.body())).isEqualTo(tree("{\"detail\":\"task already ended\"}"));
  }

  @Test
  void givenUnknownTask_delete_answers404() {

    HttpResponse<String> response = server.send("DELETE", "/v1/tasks/" + DRY, ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void givenAFinishedDryRun_approve_submitsARealRunOfExactlyItsUsers() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS));

    HttpResponse<String> response =
        server.send("POST", "/v1/tasks/" + DRY + "/approve", ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/status");
    assertThat(server.tasks.submitted.get(0).parameters())
        .isEqualTo(
            new TaskParameters.DeleteInactiveUsers(
                OptionalInt.empty(), false, List.of(4211L, 4215L)));
  }

  @Test
  void givenARealRun_approve_answers409() {
    server.tasks.add(dryRun(TaskStatus.SUCCESS).withStatus(TaskStatus.SUCCESS));
    server.tasks.add(
        new Task(
            UUID.randomUUID(),
            new TaskParameters.EmailInactiveUsers(OptionalInt.empty()),
            true,
            TaskStatus.SUCCESS,
            TaskProgress.NONE,
            Optional.empty(),
            Fixtures.NOW,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Actor.of("ops")));
    UUID email = server.tasks.tasks.keySet().stream().skip(1).findFirst().orElseThrow();

    HttpResponse<String> response =
        server.send("POST", "/v1/tasks/" + email + "/approve", ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(409);
  }

  static Task dryRun(TaskStatus status) {
    TaskProgress progress = new TaskProgress(120, 2, 0, 0, 0, 4215);
    RunReport report =
        new RunReport(
            TaskType.DELETE_INACTIVE_USERS,
            true,
            progress,
            Map.of("would_delete", 2L),
            List.of(),
            false,
            List.of(4211L, 4215L),
            Optional.empty());
    return new Task(
        DRY,
        new TaskParameters.DeleteInactiveUsers(OptionalInt.of(100), false, List.of()),
        true,
        status,
        progress,
        Optional.of(report),
        Fixtures.NOW,
        Optional.of(Fixtures.NOW.plusMillis(1250)),
        Optional.of(Fixtures.NOW.plusSeconds(32)),
        Optional.empty(),
        Actor.of("ops"));
  }

  private static List<Object> locOf(String loc) {
    return java.util.Arrays.stream(loc.split(","))
        .<Object>map(p -> p.chars().allMatch(Character::isDigit) ? Integer.valueOf(p) : p)
        .toList();
  }
}

package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /v1/tasks}: the v1 submit/options/status routes and the task extensions. */
final class TaskController {
  private static final String NOT_FOUND = "Task not found";

  private final ApiUseCases useCases;
  private final RequestBodies bodies;

  TaskController(ApiUseCases useCases, RequestBodies bodies) {
    this.useCases = useCases;
    this.bodies = bodies;
  }

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.POST, "/v1/tasks", this::submit, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.OPTIONS, "/v1/tasks", this::options, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.GET, "/v1/tasks", this::list, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.GET, "/v1/tasks/{task_id}", this::get, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.GET, "/v1/tasks/{task_id}/status", this::status, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.DELETE, "/v1/tasks/{task_id}", this::revoke, Scope.ADMIN);
    routes.addHttpHandler(
        HandlerType.POST, "/v1/tasks/{task_id}/approve", this::approve, Scope.ADMIN);
  }

  private void submit(Context ctx) throws java.io.IOException {
    TaskRequest request = TaskRequest.parse(bodies.read(ctx));
    Task task =
        useCases
            .submitTask()
            .submit(
                new SubmitTaskUseCase.Command(
                    request.parameters(), request.dryRun(), AccessGuard.caller(ctx).actor()));
    accepted(ctx, task);
  }

  private void options(Context ctx) {
    ctx.header("Allow", "POST").json(Map.of("task_types", TaskRequest.TYPES));
  }

  private void list(Context ctx) {
    Validator v = new Validator(java.util.Set.of());
    var type =
        ctx.queryParam("type") == null
            ? java.util.Optional.<TaskType>empty()
            : v.choice(
                ctx.queryParam("type"), TaskRequest.TYPES, TaskType::fromWire, "query", "type");
    List<String> statuses = Arrays.stream(TaskStatus.values()).map(Enum::name).toList();
    var status =
        ctx.queryParam("status") == null
            ? java.util.Optional.<TaskStatus>empty()
            : v.choice(ctx.queryParam("status"), statuses, TaskStatus::valueOf, "query", "status");
    int offset = v.integer(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE, "query", "offset");
    int limit = v.integer(ctx.queryParam("limit"), 100, 0, 1000, "query", "limit");
    v.check();
    List<TaskResponse> tasks =
        limit == 0
            ? List.of()
            : useCases.getTasks().search(new TaskQuery(type, status, offset, limit)).stream()
                .map(TaskResponse::from)
                .toList();
    ctx.json(tasks);
  }

  private void get(Context ctx) {
    ctx.json(TaskResponse.from(find(ctx)));
  }

  private void status(Context ctx) {
    ctx.json(TaskStatusResponse.from(find(ctx)));
  }

  private void revoke(Context ctx) {
    Task task =
        useCases
            .manageTasks()
            .revoke(taskId(ctx), AccessGuard.caller(ctx).actor())
            .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    ctx.json(TaskResponse.from(task));
  }

  private void approve(Context ctx) {
    Task task =
        useCases
            .manageTasks()
            .approve(taskId(ctx), AccessGuard.caller(ctx).actor())
            .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    accepted(ctx, task);
  }

  private Task find(Context ctx) {
    return useCases
        .getTasks()
        .find(taskId(ctx))
        .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
  }

  private static UUID taskId(Context ctx) {
    Validator v = new Validator(java.util.Set.of());
    var id = v.uuid(ctx.pathParam("task_id"), "path", "task_id");
    v.check();
    return id.orElseThrow();
  }

  private static void accepted(Context ctx, Task task) {
    ctx.status(202).header("Location", "/v1/tasks/" + task.id() + "/status");
    ctx.json(TaskStatusResponse.from(task));
  }
}

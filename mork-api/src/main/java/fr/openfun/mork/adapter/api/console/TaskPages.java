package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Tasks: the filtered list, starting a dry run (the console starts real runs only by approving
 * one), one task's live progress and report, approve and revoke.
 */
final class TaskPages {
  static final List<String> DRY_RUN_TYPES =
      List.of(TaskType.DELETE_INACTIVE_USERS.wireName(), TaskType.EMAIL_INACTIVE_USERS.wireName());

  private final ConsoleRequests requests;
  private final ApiUseCases useCases;

  TaskPages(ConsoleRequests requests, ApiUseCases useCases) {
    this.requests = requests;
    this.useCases = useCases;
  }

  void list(Context ctx, Session session) {
    Optional<TaskType> type =
        Form.choice(ctx.queryParam("type"), TaskType.values(), TaskType::wireName);
    Optional<TaskStatus> status =
        Form.choice(ctx.queryParam("status"), TaskStatus.values(), Enum::name);
    Map<String, Object> model = new HashMap<>();
    model.put("types", Arrays.stream(TaskType.values()).map(TaskType::wireName).toList());
    model.put("taskStatuses", Arrays.stream(TaskStatus.values()).map(Enum::name).toList());
    model.put("dryRunTypes", DRY_RUN_TYPES);
    model.put("type", type.map(TaskType::wireName).orElse(""));
    model.put("status", status.map(Enum::name).orElse(""));
    model.put(
        "tasks",
        useCases.getTasks().search(new TaskQuery(type, status, 0, 100)).stream()
            .map(Views.TaskView::of)
            .toList());
    requests.render(ctx, session, "tasks", model);
  }

  void show(Context ctx, Session session) {
    Task task = find(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("task", Views.TaskView.of(task));
    model.put("hasReport", task.report().isPresent());
    task.report().ifPresent(report -> report(model, report));
    requests.render(ctx, session, "task", model);
  }

  void startDryRun(Context ctx, Session session) {
    String type = ctx.formParam("type");
    OptionalInt limit = Form.optionalInt(ctx.formParam("limit"), 1, 1_000_000, "limit");
    TaskParameters parameters =
        switch (Form.choice(type, TaskType.values(), TaskType::wireName)
            .filter(t -> DRY_RUN_TYPES.contains(t.wireName()))
            .orElseThrow(() -> ConsoleException.badInput("Choose the kind of dry run."))) {
          case DELETE_INACTIVE_USERS ->
              new TaskParameters.DeleteInactiveUsers(limit, false, List.of());
          case EMAIL_INACTIVE_USERS -> new TaskParameters.EmailInactiveUsers(limit);
          case EMAIL_USER, DELETE_USER ->
              throw ConsoleException.badInput("Choose the kind of dry run.");
        };
    Task task =
        useCases
            .submitTask()
            .submit(new SubmitTaskUseCase.Command(parameters, true, session.actor()));
    ConsoleRequests.redirect(ctx, "/tasks/" + task.id());
  }

  void approve(Context ctx, Session session) {
    Task run =
        useCases
            .manageTasks()
            .approve(Form.uuid(ctx.pathParam("id"), "task id"), session.actor())
            .orElseThrow(() -> ConsoleException.notFound("Task"));
    ConsoleRequests.redirect(ctx, "/tasks/" + run.id());
  }

  void revoke(Context ctx, Session session) {
    Task task =
        useCases
            .manageTasks()
            .revoke(Form.uuid(ctx.pathParam("id"), "task id"), session.actor())
            .orElseThrow(() -> ConsoleException.notFound("Task"));
    ConsoleRequests.redirect(ctx, "/tasks/" + task.id());
  }

  private Task find(Context ctx) {
    return useCases
        .getTasks()
        .find(Form.uuid(ctx.pathParam("id"), "task id"))
        .orElseThrow(() -> ConsoleException.notFound("Task"));
  }

  private static void report(Map<String, Object> model, RunReport report) {
    model.put("outcomes", new TreeMap<>(report.outcomes()));
    model.put("tables", Views.TableCount.totals(report.entries()));
    model.put("countedUsers", report.entries().stream().filter(e -> !e.counts().isEmpty()).count());
    model.put("entries", report.entries().stream().map(Views.EntryView::of).toList());
    model.put("entriesTruncated", report.entriesTruncated());
    model.put("selectedCount", report.selectedEdxUserIds().size());
  }
}

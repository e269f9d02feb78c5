package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Extension: a task in full, with its parameters, progress and report. */
record TaskResponse(
    String id,
    String type,
    String status,
    boolean dryRun,
    Map<String, Object> parameters,
    TaskProgress progress,
    Optional<ReportResponse> report,
    String createdAt,
    Optional<String> startedAt,
    Optional<String> finishedAt,
    Optional<String> error,
    String requestedBy) {

  static TaskResponse from(Task task) {
    return new TaskResponse(
        task.id().toString(),
        task.type().wireName(),
        task.status().name(),
        task.dryRun(),
        parameters(task.parameters()),
        task.progress(),
        task.report().map(ReportResponse::from),
        Timestamps.format(task.createdAt()),
        Timestamps.format(task.startedAt()),
        Timestamps.format(task.finishedAt()),
        task.error(),
        task.requestedBy().name());
  }

  static Map<String, Object> parameters(TaskParameters parameters) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (parameters) {
      case TaskParameters.EmailInactiveUsers p -> out.put("limit", limit(p.limit()));
      case TaskParameters.EmailUser p -> {
        out.put("email", p.email());
        out.put("username", p.username());
      }
      case TaskParameters.DeleteInactiveUsers p -> {
        out.put("limit", limit(p.limit()));
        out.put("force", p.force());
        out.put("only_edx_user_ids", p.onlyEdxUserIds());
      }
      case TaskParameters.DeleteUser p -> {
        out.put("email", p.email());
        out.put("reason", p.reason().wireName());
      }
    }
    return out;
  }

  private static Integer limit(java.util.OptionalInt limit) {
    return limit.isPresent() ? limit.getAsInt() : null;
  }
}

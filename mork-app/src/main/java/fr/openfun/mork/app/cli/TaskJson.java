package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * {@code mork tasks --json}: the fields of {@code GET /v1/tasks/{id}}, with the email and username
 * of a one-user task masked (report entries are masked already).
 */
record TaskJson(
    String id,
    String type,
    String status,
    boolean dryRun,
    Map<String, Object> parameters,
    TaskProgress progress,
    Optional<Report> report,
    String createdAt,
    Optional<String> startedAt,
    Optional<String> finishedAt,
    Optional<String> error,
    String requestedBy) {

  record Report(
      String type,
      boolean dryRun,
      TaskProgress progress,
      Map<String, Long> outcomes,
      List<ReportEntry> entries,
      boolean entriesTruncated,
      List<Long> selectedEdxUserIds,
      Optional<String> stoppedBecause) {}

  static TaskJson from(Task task) {
    return new TaskJson(
        task.id().toString(),
        task.type().wireName(),
        task.status().name(),
        task.dryRun(),
        parameters(task.parameters()),
        task.progress(),
        task.report().map(TaskJson::report),
        CliJson.timestamp(task.createdAt()),
        CliJson.timestamp(task.startedAt()),
        CliJson.timestamp(task.finishedAt()),
        task.error().map(Pii::scrub),
        task.requestedBy().name());
  }

  private static Report report(RunReport r) {
    return new Report(
        r.type().wireName(),
        r.dryRun(),
        r.progress(),
        new TreeMap<>(r.outcomes()),
        r.entries(),
        r.entriesTruncated(),
        r.selectedEdxUserIds(),
        r.stop().map(RunStop::message));
  }

  private static Map<String, Object> parameters(TaskParameters parameters) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (parameters) {
      case TaskParameters.EmailInactiveUsers p -> out.put("limit", limit(p.limit()));
      case TaskParameters.EmailUser p -> {
        out.put("email", Pii.maskEmail(p.email()));
        out.put("username", Pii.maskUsername(p.username()));
      }
      case TaskParameters.DeleteInactiveUsers p -> {
        out.put("limit", limit(p.limit()));
        out.put("force", p.force());
        out.put("only_edx_user_ids", p.onlyEdxUserIds());
      }
      case TaskParameters.DeleteUser p -> {
        out.put("email", Pii.maskEmail(p.email()));
        out.put("reason", p.reason().wireName());
      }
    }
    return out;
  }

  private static Integer limit(OptionalInt limit) {
    return limit.isPresent() ? limit.getAsInt() : null;
  }
}

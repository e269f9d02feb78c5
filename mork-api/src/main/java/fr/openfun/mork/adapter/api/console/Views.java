package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.Task;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the templates show, already masked and formatted: emails and usernames masked, free text
 * scrubbed, absent values as empty strings. Public only because FreeMarker reads records by
 * reflection, which needs public types.
 */
public final class Views {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Views() {}

  /** One task row or page head. */
  public record TaskView(
      String id,
      String type,
      boolean dryRun,
      String status,
      boolean running,
      String requestedBy,
      String createdAt,
      String finishedAt,
      String error,
      long scanned,
      long selected,
      long succeeded,
      long skipped,
      long failed,
      String stop,
      boolean approvable,
      boolean revocable) {

    static TaskView of(Task task) {
      var p = task.progress();
      return new TaskView(
          task.id().toString(),
          task.type().wireName(),
          task.dryRun(),
          task.status().name(),
          !task.status().isFinal(),
          task.requestedBy().name(),
          time(task.createdAt()),
          task.finishedAt().map(Views::time).orElse(""),
          task.error().map(Pii::scrub).orElse(""),
          p.scanned(),
          p.selected(),
          p.succeeded(),
          p.skipped(),
          p.failed(),
          task.report()
              .flatMap(r -> r.stop())
              .map(s -> s.kind().name() + ": " + Pii.scrub(s.message()))
              .orElse(""),
          TaskRules.approvable(task),
          !task.status().isFinal());
    }
  }

  /** One user of a report, masked, with the edX rows erasing them touches (or would). */
  public record EntryView(
      long edxUserId, String who, String outcome, String detail, String counts) {
    static EntryView of(ReportEntry e) {
      StringBuilder counts = new StringBuilder();
      new TreeMap<>(e.counts())
          .forEach((t, n) -> counts.append(t).append(": ").append(n).append("; "));
      return new EntryView(
          e.edxUserId(), e.who(), e.outcome(), Pii.scrub(e.detail()), counts.toString().strip());
    }
  }

  /** Rows per edX table over every user of a report. */
  public record TableCount(String table, long rows) {
    static List<TableCount> totals(List<ReportEntry> entries) {
      Map<String, Long> sum = new TreeMap<>();
      entries.forEach(e -> e.counts().forEach((t, n) -> sum.merge(t, n, Long::sum)));
      return sum.entrySet().stream().map(x -> new TableCount(x.getKey(), x.getValue())).toList();
    }
  }

  /** A ledger user, masked. */
  public record UserView(
      String id,
      String email,
      String username,
      long edxUserId,
      String reason,
      String createdAt,
      List<StatusView> statuses) {
    static UserView of(MorkUser u) {
      return new UserView(
          u.id().toString(),
          Pii.maskEmail(u.email()),
          Pii.maskUsername(u.username()),
          u.edxUserId(),
          u.reason().wireName(),
          time(u.createdAt()),
          u.serviceStatuses().stream()
              .sorted(Comparator.comparing(s -> s.service().value()))
              .map(StatusView::of)
              .toList());
    }
  }

  /** One service's status of a user. */
  public record StatusView(
      String service,
      String status,
      int attempts,
      String lastError,
      String nextAttemptAt,
      String updatedAt,
      boolean failing) {
    static StatusView of(ServiceStatus s) {
      return new StatusView(
          s.service().value(),
          s.status().wireName(),
          s.attempts(),
          s.lastError().map(Pii::scrub).orElse(""),
          s.nextAttemptAt().map(Views::time).orElse(""),
          time(s.updatedAt()),
          s.lastError().isPresent() && !s.status().isFinal());
    }
  }

  /** One audit event. */
  public record EventView(
      String at,
      String actor,
      String action,
      String service,
      String from,
      String to,
      String detail) {
    static EventView of(AuditEvent e) {
      return new EventView(
          time(e.at()),
          e.actor().name(),
          e.action(),
          e.service().map(s -> s.value()).orElse(""),
          e.from().map(s -> s.wireName()).orElse(""),
          e.to().map(s -> s.wireName()).orElse(""),
          Pii.scrub(e.detail()));
    }
  }

  /** A scheduled job's next run. */
  public record RunView(String job, String nextRun, String note) {
    static RunView of(ScheduledRun run) {
      return new RunView(
          run.job(), run.nextRun().map(Views::time).orElse("not scheduled"), run.note());
    }
  }

  /** One row of the overview's ledger counts: a service and its count per status. */
  public record CountRow(String service, List<Long> counts) {}

  /** A plan step as the page shows it. */
  public record StepView(
      int order,
      String table,
      String column,
      String parent,
      String action,
      boolean foreignKey,
      String reason,
      String anonymizeWith) {
    static StepView of(PlanStep s) {
      StringBuilder with = new StringBuilder();
      new TreeMap<>(s.anonymizeWith())
          .forEach((c, v) -> with.append(c).append('=').append(v.orElse("NULL")).append("; "));
      return new StepView(
          s.order(),
          s.table(),
          s.column(),
          s.parentTable() + "." + s.parentColumn(),
          s.action().name().toLowerCase(),
          s.foreignKey(),
          s.reason(),
          with.toString().strip());
    }
  }

  /** The drift verdict in words: {@code allowed}, {@code baseline} or {@code blocked: why}. */
  public record Verdict(String status, String reason) {}

  static String time(Instant at) {
    return TIME.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  static String time(Optional<Instant> at) {
    return at.map(Views::time).orElse("");
  }
}

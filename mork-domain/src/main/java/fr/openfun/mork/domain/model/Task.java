package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A background task: what to do, whether it is a dry run (the default), where it stands and what it
 * found. Immutable: each change yields a new value through the {@code with...} methods.
 */
public record Task(
    UUID id,
    TaskParameters parameters,
    boolean dryRun,
    TaskStatus status,
    TaskProgress progress,
    Optional<RunReport> report,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    Optional<String> error,
    Actor requestedBy) {

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(requestedBy, "requestedBy");
  }

  /** A new pending task. */
  public static Task pending(
      UUID id, TaskParameters parameters, boolean dryRun, Instant now, Actor requestedBy) {
    return new Task(
        id,
        parameters,
        dryRun,
        TaskStatus.PENDING,
        TaskProgress.NONE,
        Optional.empty(),
        now,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        requestedBy);
  }

  public TaskType type() {
    return parameters.type();
  }

  public Task withStatus(TaskStatus newStatus) {
    return new Task(
        id,
        parameters,
        dryRun,
        newStatus,
        progress,
        report,
        createdAt,
        startedAt,
        finishedAt,
        error,
        requestedBy);
  }

  public Task started(Instant at) {
    return new Task(
        id,
        parameters,
        dryRun,
        TaskStatus.STARTED,
        progress,
        report,
        createdAt,
        Optional.of(startedAt.orElse(at)),
        finishedAt,
        error,
        requestedBy);
  }

  public Task withProgress(TaskProgress newProgress) {
    return new Task(
        id,
        parameters,
        dryRun,
        status,
        newProgress,
        report,
        createdAt,
        startedAt,
        finishedAt,
        error,
        requestedBy);
  }

  public Task finished(
      TaskStatus finalStatus, RunReport runReport, Optional<String> why, Instant at) {
    return new Task(
        id,
        parameters,
        dryRun,
        finalStatus,
        runReport.progress(),
        Optional.of(runReport),
        createdAt,
        startedAt,
        Optional.of(at),
        why,
        requestedBy);
  }

  public Task failed(String why, Instant at) {
    return new Task(
        id,
        parameters,
        dryRun,
        TaskStatus.FAILURE,
        progress,
        report,
        createdAt,
        startedAt,
        Optional.of(at),
        Optional.of(why),
        requestedBy);
  }
}

package fr.openfun.mork.adapter.scheduler;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler runs. Nodes of one cluster share {@code schedulerName}; {@code instanceId} is
 * unique per node ({@code AUTO}: host name and start time). {@code threadCount} bounds the jobs a
 * worker runs at once; an idle worker looks for jobs queued by other nodes every {@code
 * pollInterval}; a task answering {@code RETRY} runs again after {@code retryDelay}; a trigger late
 * by more than {@code misfireThreshold} follows its misfire policy.
 */
public record SchedulerSettings(
    JobStoreSettings jobStore,
    String schedulerName,
    String instanceId,
    int threadCount,
    Duration pollInterval,
    Duration retryDelay,
    Duration misfireThreshold,
    CronSettings crons,
    ReconcilerSettings reconcilers) {

  public SchedulerSettings {
    Objects.requireNonNull(jobStore, "jobStore");
    Objects.requireNonNull(crons, "crons");
    Objects.requireNonNull(reconcilers, "reconcilers");
    if (schedulerName == null || schedulerName.isBlank()) {
      throw new IllegalArgumentException("schedulerName must not be blank");
    }
    if (instanceId == null || instanceId.isBlank()) {
      throw new IllegalArgumentException("instanceId must not be blank (use AUTO)");
    }
    if (threadCount < 1) {
      throw new IllegalArgumentException("threadCount must be >= 1, was " + threadCount);
    }
    positive("pollInterval", pollInterval);
    if (pollInterval.toMillis() < 1000) {
      throw new IllegalArgumentException("pollInterval must be >= 1 s (a Quartz limit)");
    }
    positive("retryDelay", retryDelay);
    positive("misfireThreshold", misfireThreshold);
  }

  /**
   * Scheduler {@code mork}, instance id AUTO, 4 threads, polling every 5 s, retry after a minute,
   * one-minute misfire threshold.
   */
  public static SchedulerSettings of(
      JobStoreSettings jobStore, CronSettings crons, ReconcilerSettings reconcilers) {
    return new SchedulerSettings(
        jobStore,
        "mork",
        "AUTO",
        4,
        Duration.ofSeconds(5),
        Duration.ofMinutes(1),
        Duration.ofMinutes(1),
        crons,
        reconcilers);
  }

  public SchedulerSettings withInstanceId(String id) {
    return new SchedulerSettings(
        jobStore,
        schedulerName,
        id,
        threadCount,
        pollInterval,
        retryDelay,
        misfireThreshold,
        crons,
        reconcilers);
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.toMillis() < 1) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

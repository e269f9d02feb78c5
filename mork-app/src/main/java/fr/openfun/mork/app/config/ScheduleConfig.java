package fr.openfun.mork.app.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Recurring work: the warn and delete crons (Quartz syntax, off when empty; a scheduled deletion is
 * a dry run unless {@code deleteDryRun} is false), the reconcilers' pace, and the time zone.
 */
public record ScheduleConfig(
    Optional<String> warnCron,
    Optional<String> deleteCron,
    boolean deleteDryRun,
    Duration reconcileInterval,
    int reconcileBatchSize,
    ZoneId zone) {
  public ScheduleConfig {
    Objects.requireNonNull(warnCron, "warnCron");
    Objects.requireNonNull(deleteCron, "deleteCron");
    Objects.requireNonNull(reconcileInterval, "reconcileInterval");
    Objects.requireNonNull(zone, "zone");
  }
}

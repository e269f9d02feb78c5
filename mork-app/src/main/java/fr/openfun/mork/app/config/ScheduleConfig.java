package fr.openfun.mork.app.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Recurring work: the warn and delete crons (Quartz syntax, off when empty; a scheduled deletion is
 * a dry run unless {@code deleteDryRun} is false), the reconcilers' pace and claim lease (how long
 * a batch cut by a crash stays claimed; edX, the gate, claims larger batches: its adapter splits
 * them into transactions of adaptive size), the time zone, and how often a clustered worker checks
 * in (a node silent for that long plus 7.5 s is declared dead and its tasks re-run elsewhere).
 */
public record ScheduleConfig(
    Optional<String> warnCron,
    Optional<String> deleteCron,
    boolean deleteDryRun,
    Duration reconcileInterval,
    int reconcileBatchSize,
    int reconcileEdxBatchSize,
    Duration claimLease,
    ZoneId zone,
    Duration clusterCheckinInterval) {
  public ScheduleConfig {
    Objects.requireNonNull(warnCron, "warnCron");
    Objects.requireNonNull(deleteCron, "deleteCron");
    Objects.requireNonNull(reconcileInterval, "reconcileInterval");
    Objects.requireNonNull(claimLease, "claimLease");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(clusterCheckinInterval, "clusterCheckinInterval");
  }
}

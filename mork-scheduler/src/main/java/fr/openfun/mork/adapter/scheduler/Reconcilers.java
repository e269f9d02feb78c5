package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;

/** Installs one periodic reconciler per erasing service and reads their state back. */
final class Reconcilers {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reconcilers.class);
  static final String REJECTED_UNTIL = "rejectedUntil";

  private Reconcilers() {}

  /**
   * Adds missing reconcilers, removes those of services no longer configured, and keeps a trigger
   * whose interval is unchanged (so a node start does not lift a pause).
   */
  static void install(Scheduler scheduler, ReconcilerSettings settings, Instant now)
      throws SchedulerException {
    for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Keys.RECONCILERS))) {
      if (!settings.services().contains(ServiceName.of(key.getName()))) {
        scheduler.deleteJob(key);
      }
    }
    for (ServiceName service : settings.services()) {
      Trigger existing = scheduler.getTrigger(Keys.reconcilerTrigger(service));
      if (existing instanceof SimpleTrigger simple
          && simple.getRepeatInterval() == settings.interval().toMillis()) {
        continue;
      }
      JobDetail job =
          JobBuilder.newJob(ReconcileJob.class)
              .withIdentity(Keys.reconciler(service))
              .storeDurably()
              .build();
      scheduler.scheduleJob(job, Set.of(trigger(service, settings, now, Optional.empty())), true);
    }
  }

  /**
   * Fires the service's reconciler as soon as it is free, instead of at its next periodic firing:
   * one pending kick at most (a kick while one waits adds nothing), none while the service is left
   * alone after rejecting Mork. Best effort: the periodic firing still comes.
   */
  static void kick(Scheduler scheduler, ServiceName service, Clock clock) {
    try {
      Trigger periodic = scheduler.getTrigger(Keys.reconcilerTrigger(service));
      if (periodic == null || kickPending(scheduler, service)) {
        return;
      }
      String rejected = periodic.getJobDataMap().getString(REJECTED_UNTIL);
      if (rejected != null && clock.instant().isBefore(Instant.parse(rejected))) {
        return;
      }
      scheduler.scheduleJob(
          TriggerBuilder.newTrigger()
              .withIdentity(Keys.reconcilerKick(service, UUID.randomUUID()))
              .forJob(Keys.reconciler(service))
              .startNow()
              .build());
    } catch (SchedulerException e) {
      LOG.debug("Reconciler {} not kicked: {}", service, e.getMessage());
    }
  }

  // a kick being executed has no next fire time; one that waits for the running firing has one
  private static boolean kickPending(Scheduler scheduler, ServiceName service)
      throws SchedulerException {
    return scheduler.getTriggersOfJob(Keys.reconciler(service)).stream()
        .filter(t -> !t.getKey().equals(Keys.reconcilerTrigger(service)))
        .anyMatch(t -> t.getNextFireTime() != null);
  }

  static void pauseUntil(
      Scheduler scheduler, ServiceName service, ReconcilerSettings settings, Instant until)
      throws SchedulerException {
    scheduler.rescheduleJob(
        Keys.reconcilerTrigger(service), trigger(service, settings, until, Optional.of(until)));
  }

  static List<ReconcilerStatus> statuses(
      Scheduler scheduler, ReconcilerSettings settings, Clock clock) throws SchedulerException {
    List<ReconcilerStatus> statuses = new ArrayList<>();
    for (ServiceName service : settings.services()) {
      Trigger trigger = scheduler.getTrigger(Keys.reconcilerTrigger(service));
      Optional<Instant> next =
          Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
      Optional<Instant> rejectedUntil =
          Optional.ofNullable(trigger)
              .map(t -> t.getJobDataMap().getString(REJECTED_UNTIL))
              .map(Instant::parse)
              .filter(clock.instant()::isBefore);
      statuses.add(new ReconcilerStatus(service, next, rejectedUntil));
    }
    return List.copyOf(statuses);
  }

  private static Trigger trigger(
      ServiceName service, ReconcilerSettings settings, Instant start, Optional<Instant> paused) {
    TriggerBuilder<SimpleTrigger> builder =
        TriggerBuilder.newTrigger()
            .withIdentity(Keys.reconcilerTrigger(service))
            .forJob(Keys.reconciler(service))
            .startAt(Date.from(start))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(settings.interval().toMillis())
                    .repeatForever()
                    // Missed firings are skipped: the next one claims whatever is due.
                    .withMisfireHandlingInstructionNextWithRemainingCount());
    paused.ifPresent(until -> builder.usingJobData(REJECTED_UNTIL, until.toString()));
    return builder.build();
  }
}

package fr.openfun.mork.adapter.scheduler;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The warn and delete cron schedules. Misfire policy: a run missed while no worker was up (or every
 * thread was busy) by more than the misfire threshold fires once as soon as a worker can, then the
 * schedule proceeds; several missed runs still give one run.
 */
final class CronSchedules {
  private CronSchedules() {}

  static void install(Scheduler scheduler, CronSettings crons, Instant now)
      throws SchedulerException {
    install(scheduler, SubmitTaskJob.WARN, crons.warningCron(), crons, now);
    install(scheduler, SubmitTaskJob.DELETE, crons.deletionCron(), crons, now);
  }

  /**
   * Removes a schedule turned off; keeps an unchanged one as stored, so that a run missed while the
   * cluster was down still fires; replaces a changed one, starting from {@code start}.
   */
  static void install(
      Scheduler scheduler, String name, Optional<String> cron, CronSettings crons, Instant start)
      throws SchedulerException {
    if (cron.isEmpty()) {
      scheduler.deleteJob(Keys.schedule(name));
      return;
    }
    TimeZone zone = TimeZone.getTimeZone(crons.zone());
    Trigger existing = scheduler.getTrigger(Keys.scheduleTrigger(name));
    if (existing instanceof CronTrigger stored
        && stored.getCronExpression().equals(cron.get())
        && stored.getTimeZone().getID().equals(zone.getID())) {
      return;
    }
    JobDetail job =
        JobBuilder.newJob(SubmitTaskJob.class)
            .withIdentity(Keys.schedule(name))
            .storeDurably()
            .build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(Keys.scheduleTrigger(name))
            .forJob(job)
            .startAt(Date.from(start))
            .withSchedule(
                CronScheduleBuilder.cronSchedule(cron.get())
                    .inTimeZone(zone)
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    scheduler.scheduleJob(job, Set.of(trigger), true);
  }
}

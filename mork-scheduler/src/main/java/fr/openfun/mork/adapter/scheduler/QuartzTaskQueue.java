package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.port.out.TaskQueue;
import java.util.Objects;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each task is a durable Quartz job keyed by its id, asking for recovery: if the node running it
 * dies, another node of the cluster runs it again (and the domain resumes from the saved cursor).
 * Works on nodes whose scheduler is not started: the job waits in the store for a worker.
 */
final class QuartzTaskQueue implements TaskQueue {
  private static final Logger LOG = LoggerFactory.getLogger(QuartzTaskQueue.class);
  private final Scheduler scheduler;

  QuartzTaskQueue(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void enqueue(UUID taskId) {
    Objects.requireNonNull(taskId, "taskId");
    JobDetail job =
        JobBuilder.newJob(RunTaskJob.class)
            .withIdentity(Keys.task(taskId))
            .storeDurably()
            .requestRecovery()
            .build();
    Trigger now =
        TriggerBuilder.newTrigger()
            .withIdentity(Keys.taskTrigger(taskId))
            .forJob(job)
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    try {
      scheduler.scheduleJob(job, now);
      LOG.info("Task {} queued", taskId);
    } catch (ObjectAlreadyExistsException e) {
      LOG.info("Task {} already queued", taskId);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not queue task " + taskId + ": " + e.getMessage());
    }
  }

  @Override
  public void cancel(UUID taskId) {
    Objects.requireNonNull(taskId, "taskId");
    try {
      // Removes the job and its pending triggers; a run in progress sees REVOKED and stops itself.
      boolean removed = scheduler.deleteJob(Keys.task(taskId));
      LOG.info("Task {} {}", taskId, removed ? "removed from the queue" : "was not queued");
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not cancel task " + taskId + ": " + e.getMessage());
    }
  }
}

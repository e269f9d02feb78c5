package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one stored task. A final answer removes the job; {@code RETRY} (paused, transient error) or
 * any other answer runs it again after the retry delay. A run re-fired after a node crash is the
 * same call: the domain resumes from the cursor it saved after the last page. A graceful shutdown
 * interrupts the job: the run stops at its next page boundary and is queued again at once, for
 * another node (clustered store) or this one's next start.
 */
@DisallowConcurrentExecution
final class RunTaskJob implements InterruptableJob {
  private static final Logger LOG = LoggerFactory.getLogger(RunTaskJob.class);
  private static final Duration GATE_KICK_SPACING = Duration.ofMillis(500);
  private final RunTaskUseCase runTask;
  private final Duration retryDelay;
  private final List<ServiceName> reconcilers;
  private final Clock clock;
  private volatile boolean stopping;
  private Instant lastGateKick = Instant.MIN;

  RunTaskJob(
      RunTaskUseCase runTask, Duration retryDelay, List<ServiceName> reconcilers, Clock clock) {
    this.runTask = runTask;
    this.reconcilers = reconcilers;
    this.retryDelay = retryDelay;
    this.clock = clock;
  }

  /**
   * A delete run recorded more users: the gate (edX) reconciler may start on them while the run
   * records the next ones (spaced out, as each kick costs the job store a few round trips; the
   * kicks at the end of the run still come).
   */
  private void gateKick(Scheduler scheduler) {
    Instant now = clock.instant();
    if (reconcilers.contains(ServiceName.EDX)
        && now.isAfter(lastGateKick.plus(GATE_KICK_SPACING))) {
      lastGateKick = now;
      Reconcilers.kick(scheduler, ServiceName.EDX, clock);
    }
  }

  @Override
  public void execute(JobExecutionContext context) {
    UUID taskId = UUID.fromString(context.getJobDetail().getKey().getName());
    if (context.isRecovering()) {
      LOG.info("Task {} recovered from a failed node: resuming from its saved cursor", taskId);
    }
    Task task;
    try {
      task = runTask.run(taskId, () -> stopping, () -> gateKick(context.getScheduler()));
    } catch (RuntimeException e) {
      LOG.error("Task {} run failed; trying again in {}", taskId, retryDelay, e);
      runAgainLater(context.getScheduler(), taskId);
      return;
    }
    if (task.status().isFinal()) {
      LOG.info("Task {} ended {}", taskId, task.status());
      forget(context.getScheduler(), taskId);
      // a delete run has just recorded users: the reconcilers need not wait for their interval
      reconcilers.forEach(s -> Reconcilers.kick(context.getScheduler(), s, clock));
    } else if (stopping) {
      LOG.info("Task {} stopped for shutdown at a page boundary: queued again", taskId);
      runAgainAt(context.getScheduler(), taskId, clock.instant());
    } else {
      LOG.info("Task {} is {}: running it again in {}", taskId, task.status(), retryDelay);
      runAgainLater(context.getScheduler(), taskId);
    }
  }

  /** Asks the run to stop at its next page boundary (Quartz calls it on a graceful shutdown). */
  @Override
  public void interrupt() {
    stopping = true;
  }

  private void runAgainLater(Scheduler scheduler, UUID taskId) {
    runAgainAt(scheduler, taskId, clock.instant().plus(retryDelay));
  }

  private static void runAgainAt(Scheduler scheduler, UUID taskId, Instant at) {
    Trigger later =
        TriggerBuilder.newTrigger()
            .withIdentity(Keys.taskTrigger(taskId))
            .forJob(Keys.task(taskId))
            .startAt(Date.from(at))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    try {
      // Quartz keeps a trigger rescheduled from inside its own execution.
      if (scheduler.checkExists(later.getKey())) {
        scheduler.rescheduleJob(later.getKey(), later);
      } else {
        scheduler.scheduleJob(later);
      }
    } catch (SchedulerException e) {
      // Most likely cancelled meanwhile (the job is gone): nothing left to run.
      LOG.warn("Task {} not rescheduled: {}", taskId, e.getMessage());
    }
  }

  private static void forget(Scheduler scheduler, UUID taskId) {
    try {
      scheduler.deleteJob(Keys.task(taskId));
    } catch (SchedulerException e) {
      LOG.warn("Task {} ended but its job stays in the store: {}", taskId, e.getMessage());
    }
  }
}

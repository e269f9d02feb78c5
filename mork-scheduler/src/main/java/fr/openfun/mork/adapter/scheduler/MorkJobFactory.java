package fr.openfun.mork.adapter.scheduler;

import java.time.Clock;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds Mork's jobs with their use cases: plain constructors, no reflection on our side. */
final class MorkJobFactory implements JobFactory {
  private final WorkerJobs jobs;
  private final SchedulerSettings settings;
  private final Clock clock;

  MorkJobFactory(WorkerJobs jobs, SchedulerSettings settings, Clock clock) {
    this.jobs = jobs;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type == RunTaskJob.class) {
      return new RunTaskJob(
          jobs.runTask(), settings.retryDelay(), settings.reconcilers().services(), clock);
    }
    if (type == SubmitTaskJob.class) {
      return new SubmitTaskJob(jobs.submitTask(), settings.crons().dryRun());
    }
    if (type == ReconcileJob.class) {
      return new ReconcileJob(
          jobs.reconcile(), settings.reconcilers(), jobs.onServiceRejected(), clock);
    }
    throw new SchedulerException("not a Mork job: " + type.getName());
  }
}

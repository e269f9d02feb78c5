package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.port.out.TaskQueue;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mork's Quartz scheduler. Creating it connects to the job store without executing anything, which
 * is all an API-only node needs to {@link #taskQueue() queue tasks}; {@link #startWorker} makes the
 * node a worker. The clock must be the system clock in production: Quartz fires on wall time.
 */
public final class MorkScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MorkScheduler.class);
  private final SchedulerSettings settings;
  private final Clock clock;
  private final Scheduler scheduler;
  private final TaskQueue taskQueue;

  public MorkScheduler(SchedulerSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    String dataSourceName = "mork-" + UUID.randomUUID();
    if (settings.jobStore() instanceof JobStoreSettings.Jdbc jdbc) {
      DBConnectionManager.getInstance()
          .addConnectionProvider(
              dataSourceName, new DataSourceConnectionProvider(jdbc.dataSource()));
    }
    try {
      this.scheduler =
          new StdSchedulerFactory(QuartzProperties.of(settings, dataSourceName)).getScheduler();
      // Quartz registers schedulers by name in a JVM-wide map; this one belongs to its owner only.
      SchedulerRepository.getInstance().remove(settings.schedulerName());
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not create the scheduler: " + e.getMessage(), e);
    }
    this.taskQueue = new QuartzTaskQueue(scheduler);
  }

  /** Queues tasks durably; usable whether or not this node is a worker. */
  public TaskQueue taskQueue() {
    return taskQueue;
  }

  /**
   * Makes this node execute jobs: installs the cron schedules and reconcilers from the settings
   * (unchanged ones are kept as stored), then starts. Call once.
   */
  public void startWorker(WorkerJobs jobs) {
    Objects.requireNonNull(jobs, "jobs");
    try {
      scheduler.setJobFactory(new MorkJobFactory(jobs, settings, clock));
      CronSchedules.install(scheduler, settings.crons(), clock.instant());
      Reconcilers.install(scheduler, settings.reconcilers(), clock.instant());
      scheduler.start();
      LOG.info(
          "Worker started: scheduler {} instance {}, {} threads",
          settings.schedulerName(),
          scheduler.getSchedulerInstanceId(),
          settings.threadCount());
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not start the worker: " + e.getMessage(), e);
    }
  }

  /** Each reconciler's next run and rejection pause, as the (shared) job store holds them. */
  public List<ReconcilerStatus> reconcilerStatuses() {
    try {
      return Reconcilers.statuses(scheduler, settings.reconcilers(), clock);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not read the reconcilers: " + e.getMessage(), e);
    }
  }

  public boolean workerRunning() {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /**
   * Stops firing jobs. With {@code waitForJobs} (graceful), running tasks stop at their next page
   * boundary and are queued again (still {@code RETRY}, cursor saved), reconcilers claim no new
   * batch, and this returns once they did; without, returns at once and a clustered store lets
   * another node recover the interrupted tasks.
   */
  public void shutdown(boolean waitForJobs) {
    try {
      scheduler.shutdown(waitForJobs);
    } catch (SchedulerException e) {
      LOG.warn("Scheduler shutdown failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    shutdown(true);
  }

  Scheduler quartz() {
    return scheduler;
  }
}

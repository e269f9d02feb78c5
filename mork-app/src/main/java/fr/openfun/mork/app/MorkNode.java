package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.ManagementServer;
import fr.openfun.mork.adapter.api.MorkApi;
import fr.openfun.mork.adapter.api.console.ScheduledRun;
import fr.openfun.mork.adapter.scheduler.MorkScheduler;
import fr.openfun.mork.adapter.scheduler.WorkerJobs;
import fr.openfun.mork.app.cli.Lifecycle;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running node. Every mode serves HTTP (workers too, for their probes and metrics); worker
 * modes also queue again the unfinished tasks, then start the Quartz worker and the hourly
 * personal-data minimisation. {@link #stop} is graceful: running tasks stop at their next page
 * boundary (left {@code RETRY}, resumed by the next worker) and reconcilers claim no new batch.
 */
final class MorkNode implements Lifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(MorkNode.class);

  private final MorkConfig config;
  private final DomainServices services;
  private final MorkScheduler scheduler;
  private final PrometheusMeterRegistry metrics;
  private final Clock clock;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final ScheduledExecutorService housekeeping =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("mork-housekeeping").daemon().unstarted(r));
  private volatile MorkApi api;
  private volatile ManagementServer management;

  MorkNode(
      MorkConfig config,
      DomainServices services,
      MorkScheduler scheduler,
      PrometheusMeterRegistry metrics,
      Clock clock) {
    this.config = config;
    this.services = services;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void start(RunMode mode) {
    startWorker(mode);
    api =
        new MorkApi(
                ApiWiring.useCases(services),
                ApiWiring.settings(config, metrics),
                clock,
                List.of(
                    ConsoleWiring.console(
                        config, ApiWiring.useCases(services), this::schedule, clock)))
            .start(config.http().bindAddress(), config.http().port());
    announce(mode);
  }

  /** Starts the node behind an API already listening (see {@link ListeningNode}). */
  void start(RunMode mode, MorkApi listening) {
    api = listening;
    if (stopping.get()) {
      return;
    }
    startWorker(mode);
    listening.open();
    announce(mode);
  }

  private void startWorker(RunMode mode) {
    if (mode.runsWorker()) {
      UnfinishedTasks.requeue(services.getTasks(), scheduler.taskQueue());
      scheduler.startWorker(
          new WorkerJobs(
              new MeteredRunTask(services.runTask(), metrics),
              services.submitTask(),
              new MeteredReconcile(services.reconcile(), metrics),
              service -> LOG.error("{} rejects Mork: its reconciler is paused", service)));
      housekeeping.scheduleWithFixedDelay(this::minimizePersonalData, 1, 60, TimeUnit.MINUTES);
    }
  }

  private void announce(RunMode mode) {
    LOG.info("Mork {} node serving on port {}", mode.name().toLowerCase(), api.port());
    config
        .http()
        .managementPort()
        .ifPresent(
            port -> {
              management =
                  new ManagementServer(services.checkHealth(), metrics::scrape)
                      .start(config.http().bindAddress(), port);
              LOG.info("management port {}: /metrics and heartbeats, no key", management.port());
            });
    if (config.apiKeys().generated()) {
      DemoBanner.print(config, api.port());
    }
  }

  /** What the console shows as the next scheduled runs. */
  List<ScheduledRun> schedule() {
    return ConsoleWiring.schedule(config.schedule(), scheduler, clock);
  }

  int port() {
    return api == null ? -1 : api.port();
  }

  private void minimizePersonalData() {
    try {
      var result =
          services
              .minimizePersonalData()
              .minimize(new MinimizePersonalDataUseCase.Command(config.pii().retention()));
      if (result.minimized() > 0) {
        LOG.info("personal data of {} erased users replaced by hashes", result.minimized());
      }
    } catch (RuntimeException e) {
      LOG.warn("personal-data minimisation failed, next try in an hour: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    housekeeping.shutdownNow();
    if (api != null) {
      api.stop();
    }
    if (management != null) {
      management.stop();
    }
    scheduler.shutdown(true);
    stopped.countDown();
  }

  @Override
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }
}

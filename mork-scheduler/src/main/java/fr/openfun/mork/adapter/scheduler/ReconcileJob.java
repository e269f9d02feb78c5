package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Command;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Result;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firing of a service's reconciler: claims batches while they come back full, up to the bound
 * per firing, and stops after a batch whose every erasure failed (the service looks down). When the
 * service rejects Mork itself, its trigger is pushed back by the configured pause and the
 * application is told. A graceful shutdown lets the current batch finish and claims no new one
 * (claims are leases: a batch cut by a crash is claimed again once they expire).
 */
@DisallowConcurrentExecution
final class ReconcileJob implements InterruptableJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReconcileJob.class);
  private final ReconcileServiceUseCase reconcile;
  private final ReconcilerSettings settings;
  private final Consumer<ServiceName> onServiceRejected;
  private final Clock clock;
  private static final java.time.Duration KICK_SPACING = java.time.Duration.ofMillis(500);
  private volatile boolean stopping;
  private Instant lastKick = Instant.MIN;

  ReconcileJob(
      ReconcileServiceUseCase reconcile,
      ReconcilerSettings settings,
      Consumer<ServiceName> onServiceRejected,
      Clock clock) {
    this.reconcile = reconcile;
    this.settings = settings;
    this.onServiceRejected = onServiceRejected;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    ServiceName service = ServiceName.of(context.getJobDetail().getKey().getName());
    int claimed = 0;
    int batchSize = settings.batchSize(service);
    for (int batch = 0; batch < settings.maxBatchesPerFiring() && !stopping; batch++) {
      Result result = reconcile.reconcile(new Command(service, batchSize));
      claimed += result.claimed();
      if (result.claimed() > 0 && clock.instant().isAfter(lastKick.plus(KICK_SPACING))) {
        // what this batch settled may let the other services go on (they wait for the gate);
        // spaced out, as each kick costs the job store a few round trips
        kickOthers(context, service);
        lastKick = clock.instant();
      }
      if (result.serviceRejected()) {
        pause(context, service);
        return;
      }
      if (result.allFailed()) {
        // The service looks down: the next firing tries again, the backlog keeps its attempts.
        LOG.warn("Reconciler {}: every erasure of the batch failed, next firing retries", service);
        break;
      }
      if (result.claimed() < batchSize) {
        break;
      }
      if (batch == settings.maxBatchesPerFiring() - 1 && !stopping) {
        // a backlog remains: the next firing starts as soon as this one ends
        Reconcilers.kick(context.getScheduler(), service, clock);
      }
    }
    if (claimed > 0) {
      kickOthers(context, service);
    }
    LOG.debug("Reconciler {} handled {} statuses", service, claimed);
  }

  /**
   * Only the gate (edX) unblocks the others: a kick of the gate would read its schema for nothing.
   */
  private void kickOthers(JobExecutionContext context, ServiceName service) {
    if (!service.equals(ServiceName.EDX)) {
      return;
    }
    for (ServiceName other : settings.services()) {
      if (!other.equals(service)) {
        Reconcilers.kick(context.getScheduler(), other, clock);
      }
    }
  }

  /** No new batch once asked (Quartz calls it on a graceful shutdown). */
  @Override
  public void interrupt() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }

  private void pause(JobExecutionContext context, ServiceName service) {
    // Quartz keeps milliseconds.
    Instant until = clock.instant().plus(settings.rejectedPause()).truncatedTo(ChronoUnit.MILLIS);
    LOG.warn("Service {} rejects Mork's credentials: reconciler paused until {}", service, until);
    try {
      Reconcilers.pauseUntil(context.getScheduler(), service, settings, until);
    } catch (SchedulerException e) {
      LOG.error("Reconciler {} could not be paused: {}", service, e.getMessage());
    }
    onServiceRejected.accept(service);
  }
}

package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.adapter.api.MorkApi;
import fr.openfun.mork.adapter.api.console.ScheduledRun;
import fr.openfun.mork.app.cli.Lifecycle;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.observability.Metrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node {@code serve}, {@code api} and {@code worker} run: the HTTP listener starts first, so
 * {@code /__lbheartbeat__} answers (the process is alive) while the store, the edX database, the
 * scheduler and the use cases are still being built; every other request gets 503 until then, and
 * {@code /__heartbeat__} reports the dependencies only once they are wired. {@link #start} returns,
 * as before, once the node serves every route; if building fails, the listener is stopped again.
 */
final class ListeningNode implements Lifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(ListeningNode.class);

  private final MorkConfig config;
  private final Clock clock;
  private final Function<PrometheusMeterRegistry, MorkGraph> graphs;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile MorkApi api;
  private volatile MorkNode node;

  ListeningNode(
      MorkConfig config, Clock clock, Function<PrometheusMeterRegistry, MorkGraph> graphs) {
    this.config = config;
    this.clock = clock;
    this.graphs = graphs;
  }

  @Override
  public void start(RunMode mode) {
    PrometheusMeterRegistry metrics = Metrics.registry(MorkGraph.nodeName());
    CompletableFuture<ApiUseCases> ready = new CompletableFuture<>();
    ApiUseCases deferred = DeferredUseCases.until(ready);
    MorkApi listening =
        MorkApi.starting(
                deferred,
                ApiWiring.settings(config, metrics),
                clock,
                List.of(ConsoleWiring.console(config, deferred, this::schedule, clock)))
            .start(config.http().bindAddress(), config.http().port());
    api = listening;
    LOG.info("listening on port {}, starting", listening.port());
    try {
      Metrics.bindJvm(metrics);
      MorkGraph graph = graphs.apply(metrics);
      ready.complete(ApiWiring.useCases(graph.services()));
      synchronized (this) {
        if (stopping) {
          return;
        }
        node = graph.node();
      }
      node.start(mode, listening);
    } catch (RuntimeException e) {
      ready.completeExceptionally(e);
      stop();
      throw e;
    }
  }

  /** The started node's schedule; nothing while it is being built (the console answers 503). */
  private List<ScheduledRun> schedule() {
    MorkNode started = node;
    return started == null ? List.of() : started.schedule();
  }

  @Override
  public void stop() {
    MorkNode started;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      started = node;
    }
    if (started != null) {
      started.stop();
    }
    if (api != null && (started == null || started.port() < 0)) {
      api.stop();
    }
    stopped.countDown();
  }

  @Override
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }
}

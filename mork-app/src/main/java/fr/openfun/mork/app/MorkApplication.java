package fr.openfun.mork.app;

import fr.openfun.mork.adapter.store.MorkStore;
import fr.openfun.mork.app.cli.Lifecycle;
import fr.openfun.mork.app.cli.MorkRuntime;
import fr.openfun.mork.app.cli.Operations;
import fr.openfun.mork.app.config.MorkConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * The composition root: builds every adapter, service, job and controller from a {@link MorkConfig}
 * with plain constructors, on first use ({@code mork migrate} only touches the store).
 */
public final class MorkApplication implements MorkRuntime {
  private final MorkConfig config;
  private final Clock clock;
  private MorkGraph graph;
  private ListeningNode lifecycle;

  public MorkApplication(MorkConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** The runtime the CLI uses: the system clock. */
  public static MorkRuntime create(MorkConfig config) {
    return new MorkApplication(config, Clock.systemUTC());
  }

  synchronized MorkGraph graph() {
    if (graph == null) {
      graph = MorkGraph.build(config, clock);
    }
    return graph;
  }

  private synchronized MorkGraph graph(PrometheusMeterRegistry metrics) {
    if (graph == null) {
      graph = MorkGraph.build(config, clock, metrics);
    }
    return graph;
  }

  @Override
  public Operations operations() {
    return graph();
  }

  @Override
  public synchronized Lifecycle lifecycle() {
    if (lifecycle == null) {
      lifecycle = new ListeningNode(config, clock, this::graph);
    }
    return lifecycle;
  }

  @Override
  public String migrate() {
    int applied = MorkStore.migrate(DrivenAdapters.storeSettings(config));
    return "store: " + applied + " migration(s) applied";
  }

  @Override
  public synchronized void close() {
    if (lifecycle != null) {
      lifecycle.stop();
    }
    if (graph != null) {
      graph.close();
      graph = null;
    }
  }
}

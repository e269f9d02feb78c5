package fr.openfun.mork.app;

import fr.openfun.mork.adapter.store.MorkStore;
import fr.openfun.mork.app.cli.Lifecycle;
import fr.openfun.mork.app.cli.MorkRuntime;
import fr.openfun.mork.app.cli.Operations;
import fr.openfun.mork.app.config.MorkConfig;
import java.time.Clock;

/**
 * The composition root: builds every adapter, service, job and controller from a {@link MorkConfig}
 * with plain constructors, on first use ({@code mork migrate} only touches the store).
 */
public final class MorkApplication implements MorkRuntime {
  private final MorkConfig config;
  private final Clock clock;
  private MorkGraph graph;

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

  @Override
  public Operations operations() {
    return graph();
  }

  @Override
  public Lifecycle lifecycle() {
    return graph().node();
  }

  @Override
  public String migrate() {
    int applied = MorkStore.migrate(DrivenAdapters.storeSettings(config));
    return "store: " + applied + " migration(s) applied";
  }

  @Override
  public synchronized void close() {
    if (graph != null) {
      graph.close();
      graph = null;
    }
  }
}

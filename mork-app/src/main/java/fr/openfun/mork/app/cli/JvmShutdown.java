package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.logging.LogbackSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM's shutdown: each registered hook runs in its own thread, as separate JVM hooks would, and
 * once all have returned the asynchronous log appenders are drained, so the last lines of a
 * graceful stop are written before the JVM ends.
 */
final class JvmShutdown {
  private static final List<Runnable> HOOKS = new ArrayList<>();

  private JvmShutdown() {}

  static synchronized void register(Runnable hook) {
    if (HOOKS.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(JvmShutdown::runAll, "mork-shutdown"));
    }
    HOOKS.add(hook);
  }

  private static void runAll() {
    List<Thread> threads = new ArrayList<>();
    synchronized (JvmShutdown.class) {
      for (Runnable hook : HOOKS) {
        threads.add(Thread.ofPlatform().name("mork-shutdown-" + threads.size()).start(hook));
      }
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    LogbackSetup.drain();
  }
}

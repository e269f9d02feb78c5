package fr.openfun.mork.app.cli;

/** Registers work to run when the JVM is asked to stop (SIGTERM, Ctrl-C); a seam for tests. */
@FunctionalInterface
public interface ShutdownHooks {

  ShutdownHooks JVM =
      hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "mork-shutdown"));

  void register(Runnable hook);
}

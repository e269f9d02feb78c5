package fr.openfun.mork.app.cli;

/** Registers work to run when the JVM is asked to stop (SIGTERM, Ctrl-C); a seam for tests. */
@FunctionalInterface
public interface ShutdownHooks {

  /** The JVM's own: the hooks run at SIGTERM, then queued log lines are written out. */
  ShutdownHooks JVM = JvmShutdown::register;

  void register(Runnable hook);
}

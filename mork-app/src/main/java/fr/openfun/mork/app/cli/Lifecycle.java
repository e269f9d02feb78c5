package fr.openfun.mork.app.cli;

import fr.openfun.mork.app.config.RunMode;

/**
 * A running node: the HTTP API, the worker, or both. {@link #stop()} is graceful: the API stops
 * accepting requests, running tasks finish their current page and release their claims.
 */
public interface Lifecycle {

  /** Starts the node in {@code mode} and returns once it serves. */
  void start(RunMode mode);

  /** Stops gracefully; idempotent, safe to call from a shutdown hook. */
  void stop();

  /** Blocks until the node stopped. */
  void awaitStopped() throws InterruptedException;
}

package fr.openfun.mork.app.cli;

/**
 * What the composition root builds from a {@link fr.openfun.mork.app.config.MorkConfig}: the use
 * cases for operator commands, the node lifecycle, and database migrations. Closing it releases
 * pools and threads.
 */
public interface MorkRuntime extends AutoCloseable {

  Operations operations();

  Lifecycle lifecycle();

  /** Applies the store's pending migrations (and seeds the demo edX database when embedded). */
  String migrate();

  @Override
  void close();
}

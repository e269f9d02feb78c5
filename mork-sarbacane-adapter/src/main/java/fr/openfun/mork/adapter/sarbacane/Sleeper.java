package fr.openfun.mork.adapter.sarbacane;

import java.time.Duration;

/** Waits; a seam so tests can record waits instead of spending them. */
@FunctionalInterface
interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}

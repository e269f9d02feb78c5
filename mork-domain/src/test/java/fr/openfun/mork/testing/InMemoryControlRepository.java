package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.port.out.ControlRepository;
import java.time.Instant;
import java.util.Optional;

/** Operator switches in memory. */
public final class InMemoryControlRepository implements ControlRepository {
  private volatile boolean paused;
  private volatile String acknowledged;

  @Override
  public boolean paused() {
    return paused;
  }

  @Override
  public void setPaused(boolean value, Instant now, Actor actor) {
    this.paused = value;
  }

  @Override
  public Optional<String> acknowledgedPlanFingerprint() {
    return Optional.ofNullable(acknowledged);
  }

  @Override
  public void acknowledgePlan(String fingerprint, Instant now, Actor actor) {
    this.acknowledged = fingerprint;
  }
}

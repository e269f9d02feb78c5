package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.out.ControlRepository;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The global pause switch, shared by every node through the control repository. */
public final class ControlService implements ControlUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ControlService.class);

  private final ControlRepository control;
  private final Clock clock;

  public ControlService(ControlRepository control, Clock clock) {
    this.control = Objects.requireNonNull(control, "control");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean paused() {
    return control.paused();
  }

  @Override
  public void pause(Actor actor) {
    control.setPaused(true, clock.instant(), actor);
    LOG.warn("Mork paused by {}: no destructive work runs until resumed", actor);
  }

  @Override
  public void resume(Actor actor) {
    control.setPaused(false, clock.instant(), actor);
    LOG.warn("Mork resumed by {}", actor);
  }
}

package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;

/** The global pause switch: while paused, nothing destructive runs anywhere. */
public interface ControlUseCase {

  boolean paused();

  void pause(Actor actor);

  void resume(Actor actor);
}

package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.Actor;
import java.time.Instant;
import java.util.Optional;

/** Operator switches shared by every Mork node: the pause switch and the acknowledged edX plan. */
public interface ControlRepository {

  boolean paused();

  void setPaused(boolean paused, Instant now, Actor actor);

  Optional<String> acknowledgedPlanFingerprint();

  void acknowledgePlan(String fingerprint, Instant now, Actor actor);
}

package fr.openfun.mork.domain.policy;

import java.time.Instant;
import java.util.Optional;

/** Whether an inactive user may be deleted now. */
public sealed interface DeletionDecision {

  /** Delete: the user is past the deletion date. */
  record Delete(Instant deletionDate) implements DeletionDecision {}

  /** Not yet: the deletion date, when known, lies ahead; {@code why} says what is missing. */
  record NotYet(Optional<Instant> deletionDate, String why) implements DeletionDecision {}

  /** Never deleted for inactivity: excluded by configuration or privilege. */
  record Excluded(String why) implements DeletionDecision {}
}

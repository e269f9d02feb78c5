package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.Actor;
import java.time.Instant;

/** A signed-in operator: the audited actor, the CSRF token of their forms, their last request. */
record Session(String id, String keyName, String csrf, Instant lastSeen) {

  Actor actor() {
    return Actor.of("console:" + keyName);
  }

  Session seenAt(Instant at) {
    return new Session(id, keyName, csrf, at);
  }
}

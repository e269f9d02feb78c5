package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.UUID;

/** One status change of a batch: which user, in which service, to what. */
public record StatusUpdate(UUID userId, ServiceName service, StatusChange change) {

  public StatusUpdate {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(change, "change");
  }
}

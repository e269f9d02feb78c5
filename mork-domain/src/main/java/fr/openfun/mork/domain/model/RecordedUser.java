package fr.openfun.mork.domain.model;

import java.util.Objects;

/** The ledger entry after recording; {@code created} is false when it already existed. */
public record RecordedUser(MorkUser user, boolean created) {
  public RecordedUser {
    Objects.requireNonNull(user, "user");
  }
}

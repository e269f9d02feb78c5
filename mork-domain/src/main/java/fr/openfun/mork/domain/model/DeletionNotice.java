package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A final "your account has been deleted" notice, sent once edX erasure is done. */
public record DeletionNotice(String email, String username, Instant deletedAt) {
  public DeletionNotice {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(deletedAt, "deletedAt");
  }
}

package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Open edX account as read from {@code auth_user}. Open edX is the identity provider, so this is
 * the source of truth for activity: {@code lastLogin} is empty for accounts that never logged in.
 */
public record EdxUser(
    long id,
    String username,
    String email,
    Optional<Instant> lastLogin,
    Instant dateJoined,
    boolean active,
    boolean staff,
    boolean superuser) {

  public EdxUser {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id);
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(lastLogin, "lastLogin");
    Objects.requireNonNull(dateJoined, "dateJoined");
  }

  /** True for staff or superusers, whom the default policy never touches. */
  public boolean privileged() {
    return staff || superuser;
  }
}

package fr.openfun.mork.domain.model;

import java.util.Objects;

/**
 * A status a reconciler claimed: it is now {@code deleting} with a lease, so no other worker takes
 * it until the lease ends. {@code status} is the state before the claim.
 */
public record StatusClaim(MorkUser user, ServiceStatus status) {
  public StatusClaim {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(status, "status");
  }
}

package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** What is needed to record a user for deletion: who, why, and in which services. */
public record NewLedgerEntry(
    long edxUserId,
    String username,
    String email,
    DeletionReason reason,
    SortedSet<ServiceName> services) {

  public NewLedgerEntry {
    if (edxUserId <= 0) {
      throw new IllegalArgumentException("edxUserId must be positive, was " + edxUserId);
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(reason, "reason");
    if (services == null || services.isEmpty()) {
      throw new IllegalArgumentException("services must name at least one service");
    }
    services = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(services));
  }

  public static NewLedgerEntry of(EdxUser user, DeletionReason reason, Set<ServiceName> services) {
    return new NewLedgerEntry(
        user.id(), user.username(), user.email(), reason, new TreeSet<>(services));
  }
}

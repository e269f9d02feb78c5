package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A ledger search as the REST API offers it: partial case-insensitive email and username, a
 * service, a deletion status (in that service if given, else in any), and a page.
 */
public record LedgerQuery(
    Optional<String> email,
    Optional<String> username,
    Optional<ServiceName> service,
    Optional<DeletionStatus> deletionStatus,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public LedgerQuery {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(deletionStatus, "deletionStatus");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
    }
  }

  public static LedgerQuery all() {
    return new LedgerQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 100);
  }
}

package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A ledger search as the REST API offers it: partial case-insensitive email and username, a
 * service, a deletion status (in that service if given, else in any), and a page. {@code
 * erasedFrom}, when present, keeps only users already {@code deleted} in that service: pull
 * services see a user only once edX erasure is done, so none deletes a user edX spared.
 */
public record LedgerQuery(
    Optional<String> email,
    Optional<String> username,
    Optional<ServiceName> service,
    Optional<DeletionStatus> deletionStatus,
    int offset,
    int limit,
    Optional<ServiceName> erasedFrom) {

  public static final int MAX_LIMIT = 1000;

  public LedgerQuery {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(deletionStatus, "deletionStatus");
    Objects.requireNonNull(erasedFrom, "erasedFrom");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
    }
  }

  /** A query without the {@code erasedFrom} restriction. */
  public LedgerQuery(
      Optional<String> email,
      Optional<String> username,
      Optional<ServiceName> service,
      Optional<DeletionStatus> deletionStatus,
      int offset,
      int limit) {
    this(email, username, service, deletionStatus, offset, limit, Optional.empty());
  }

  /** The same query, restricted to users already erased from {@code gate}. */
  public LedgerQuery erasedFrom(ServiceName gate) {
    return new LedgerQuery(
        email, username, service, deletionStatus, offset, limit, Optional.of(gate));
  }

  public static LedgerQuery all() {
    return new LedgerQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 100);
  }
}

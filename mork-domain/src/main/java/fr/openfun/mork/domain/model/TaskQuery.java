package fr.openfun.mork.domain.model;

import java.util.Objects;
import java.util.Optional;

/** A search over tasks, newest first. */
public record TaskQuery(
    Optional<TaskType> type, Optional<TaskStatus> status, int offset, int limit) {
  public TaskQuery {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (limit < 1 || limit > LedgerQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
    }
  }
}

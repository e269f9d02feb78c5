package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.Warning;
import java.util.Collection;
import java.util.List;

/** Who was warned, when, with which reminder. */
public interface WarningRepository {

  /**
   * Records a sent warning; recording the same warning (user, reminder, time) twice keeps one.
   * Warnings older than a user's latest login are stale: callers clear them before a new episode.
   */
  void record(Warning warning);

  /** Every warning of these edX users, oldest first. */
  List<Warning> findFor(Collection<Long> edxUserIds);

  /** Forgets the warnings of a user (after they logged in again, or were erased). */
  void clear(long edxUserId);

  /** Forgets the warnings of these users, in one statement where the store allows it. */
  default void clearAll(Collection<Long> edxUserIds) {
    edxUserIds.forEach(this::clear);
  }
}

package fr.openfun.mork.domain.policy;

import java.time.Instant;

/** Whether a user is due a warning now, and which one. */
public sealed interface WarningDecision {

  /** Send reminder number {@code reminder}; the user will be deleted on {@code deletionDate}. */
  record Warn(int reminder, Instant deletionDate) implements WarningDecision {}

  /** Nothing due now (not inactive long enough, or the due reminder was already sent). */
  record NothingDue(String why) implements WarningDecision {}

  /** Never warned: excluded by configuration or privilege. */
  record Excluded(String why) implements WarningDecision {}
}

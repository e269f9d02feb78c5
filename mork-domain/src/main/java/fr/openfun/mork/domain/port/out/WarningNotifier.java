package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;

/** Speaks to people: warnings to inactive users, deletion notices, digests to operators. */
public interface WarningNotifier {

  /** Sends one warning; rate limiting and transient retries happen inside. */
  NotificationOutcome warn(WarningNotice notice);

  /** Tells a user their account was deleted (if the operator enabled it). */
  NotificationOutcome notifyDeleted(DeletionNotice notice);

  /** Sends the operators a digest of a run (counts, no raw emails). */
  NotificationOutcome sendDigest(RunReport report);
}

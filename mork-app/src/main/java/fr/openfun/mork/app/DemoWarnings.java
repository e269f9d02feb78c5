package fr.openfun.mork.app;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.policy.InactivityPolicy;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gives the embedded demo a history: a few of the long-inactive demo users were warned 40 days ago,
 * so a first dry-run deletion shows real candidates instead of "warn them first".
 */
final class DemoWarnings {
  static final int WARNED = 12;

  private DemoWarnings() {}

  static void seed(
      EdxUserDirectory directory,
      WarningRepository warnings,
      InactivityPolicy policy,
      Clock clock) {
    Instant now = clock.instant();
    Instant warnedAt = now.minus(Duration.ofDays(40));
    List<EdxUser> inactive = directory.findInactive(policy.deletionScanCutoff(now), 0, 200);
    inactive.stream()
        .filter(u -> !u.privileged())
        .filter(u -> policy.inactivityDeadline(u).isBefore(warnedAt))
        .limit(WARNED)
        .forEach(u -> warnings.record(new Warning(u.id(), 1, warnedAt)));
  }
}

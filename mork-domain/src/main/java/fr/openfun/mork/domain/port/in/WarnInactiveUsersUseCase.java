package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.RunReport;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Scans edX for inactive users due a reminder and warns them. A dry run sends and records nothing
 * and reports who would be warned.
 */
public interface WarnInactiveUsersUseCase {

  RunReport warnInactiveUsers(Command command, RunObserver observer);

  /** {@code startAfterId} resumes a scan after that {@code auth_user.id} (0 to start). */
  record Command(boolean dryRun, OptionalInt limit, long startAfterId) {
    public Command {
      Objects.requireNonNull(limit, "limit");
      limit.ifPresent(
          l -> {
            if (l < 1) {
              throw new IllegalArgumentException("limit must be >= 1, was " + l);
            }
          });
      if (startAfterId < 0) {
        throw new IllegalArgumentException("startAfterId must be >= 0");
      }
    }
  }
}

package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.RunReport;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Selects users past their deletion date and records them in the ledger ({@code to_delete} in every
 * configured service); the reconcilers then erase them. Stops without recording anything when the
 * blast-radius guard trips (unless forced) or Mork is paused, also when paused during the selection
 * (within one page). A dry run records nothing and reports the selection with the edX plan's row
 * counts.
 */
public interface DeleteInactiveUsersUseCase {

  RunReport deleteInactiveUsers(Command command, RunObserver observer);

  /** {@code onlyEdxUserIds}, when not empty, restricts the run to those users (approved plan). */
  record Command(boolean dryRun, OptionalInt limit, boolean force, List<Long> onlyEdxUserIds) {
    public Command {
      Objects.requireNonNull(limit, "limit");
      limit.ifPresent(
          l -> {
            if (l < 1) {
              throw new IllegalArgumentException("limit must be >= 1, was " + l);
            }
          });
      onlyEdxUserIds = List.copyOf(onlyEdxUserIds);
    }
  }
}

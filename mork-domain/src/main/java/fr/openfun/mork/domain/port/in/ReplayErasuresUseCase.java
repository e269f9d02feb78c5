package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.ReportEntry;
import java.util.List;
import java.util.Objects;

/**
 * Finds ledger users erased from edX who exist in edX again (after a backup restore, say) and
 * re-opens every service status to {@code to_delete} so the erasure runs again, audited. Only the
 * same person counts (same edX id and same email or username): an id that another account holds now
 * is reported and never re-opened. A dry run changes nothing and reports who reappeared.
 */
public interface ReplayErasuresUseCase {

  Result replay(Command command);

  record Command(boolean dryRun, Actor actor) {
    public Command {
      Objects.requireNonNull(actor, "actor");
    }
  }

  /**
   * {@code scanned} ledger users erased from edX, {@code reappeared} of them found in edX again,
   * {@code reopened} statuses re-opened (0 in a dry run), and one entry per reappeared user and per
   * id now held by another account ({@code id_reused}), masked, at most {@link
   * fr.openfun.mork.domain.model.RunReport#MAX_ENTRIES}.
   */
  record Result(
      boolean dryRun, long scanned, long reappeared, long reopened, List<ReportEntry> entries) {
    public Result {
      entries = List.copyOf(entries);
    }
  }
}

package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.RunObserver;

/**
 * Erases again the ledger users that reappear in edX (after a backup restore): each one found in
 * {@code auth_user} goes back to {@code to_delete} for edX. A dry run only reports them.
 */
@FunctionalInterface
public interface ReplayErasures {

  RunReport replay(boolean dryRun, RunObserver observer);
}

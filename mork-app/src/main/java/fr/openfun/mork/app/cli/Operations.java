package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;

/**
 * The use cases the operator commands call, as the composition root wires them. Commands run them
 * in-process (not through the task queue), so a terminal sees progress and the report at once.
 */
public interface Operations {

  ExplainPlanUseCase plans();

  WarnInactiveUsersUseCase warnInactiveUsers();

  DeleteInactiveUsersUseCase deleteInactiveUsers();

  DeleteUserUseCase deleteUser();

  GetTasksUseCase tasks();

  GetLedgerUseCase ledger();

  ReplayErasuresUseCase replayErasures();
}

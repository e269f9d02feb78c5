package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ManageTasksUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import java.util.Objects;

/** The use cases the REST API acts through; it reaches the domain by nothing else. */
public record ApiUseCases(
    SubmitTaskUseCase submitTask,
    GetTasksUseCase getTasks,
    ManageTasksUseCase manageTasks,
    GetLedgerUseCase getLedger,
    UpdateStatusUseCase updateStatus,
    ControlUseCase control,
    ExplainPlanUseCase explainPlan,
    CheckHealthUseCase checkHealth) {

  public ApiUseCases {
    Objects.requireNonNull(submitTask, "submitTask");
    Objects.requireNonNull(getTasks, "getTasks");
    Objects.requireNonNull(manageTasks, "manageTasks");
    Objects.requireNonNull(getLedger, "getLedger");
    Objects.requireNonNull(updateStatus, "updateStatus");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(explainPlan, "explainPlan");
    Objects.requireNonNull(checkHealth, "checkHealth");
  }
}

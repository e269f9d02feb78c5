package fr.openfun.mork.app;

import fr.openfun.mork.adapter.store.MorkStore;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ManageTasksUseCase;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.WarnUserUseCase;
import fr.openfun.mork.domain.port.out.TaskQueue;
import fr.openfun.mork.domain.service.deletion.DeleteInactiveUsersService;
import fr.openfun.mork.domain.service.deletion.DeleteUserService;
import fr.openfun.mork.domain.service.deletion.MinimizePersonalDataService;
import fr.openfun.mork.domain.service.deletion.ReconcileService;
import fr.openfun.mork.domain.service.deletion.ReplayErasuresService;
import fr.openfun.mork.domain.service.ledger.CheckHealthService;
import fr.openfun.mork.domain.service.ledger.ControlService;
import fr.openfun.mork.domain.service.ledger.ExplainPlanService;
import fr.openfun.mork.domain.service.ledger.GetLedgerService;
import fr.openfun.mork.domain.service.ledger.UpdateStatusService;
import fr.openfun.mork.domain.service.task.GetTasksService;
import fr.openfun.mork.domain.service.task.ManageTasksService;
import fr.openfun.mork.domain.service.task.RunTaskService;
import fr.openfun.mork.domain.service.task.SubmitTaskService;
import fr.openfun.mork.domain.service.warning.WarnInactiveUsersService;
import fr.openfun.mork.domain.service.warning.WarnUserService;
import java.time.Clock;

/** Every use case of the domain, wired by plain constructors over the driven adapters. */
record DomainServices(
    WarnInactiveUsersUseCase warnInactiveUsers,
    WarnUserUseCase warnUser,
    DeleteInactiveUsersUseCase deleteInactiveUsers,
    DeleteUserUseCase deleteUser,
    ReconcileServiceUseCase reconcile,
    SubmitTaskUseCase submitTask,
    GetTasksUseCase getTasks,
    ManageTasksUseCase manageTasks,
    RunTaskUseCase runTask,
    GetLedgerUseCase getLedger,
    UpdateStatusUseCase updateStatus,
    ControlUseCase control,
    ExplainPlanUseCase explainPlan,
    CheckHealthUseCase checkHealth,
    MinimizePersonalDataUseCase minimizePersonalData,
    ReplayErasuresUseCase replayErasures) {

  static DomainServices wire(
      DrivenAdapters adapters, RunSettings settings, TaskQueue queue, Clock clock) {
    MorkStore store = adapters.store();
    var warnInactive =
        new WarnInactiveUsersService(
            adapters.directory(), store.warnings(), adapters.notifier(), settings, clock);
    var warnUser =
        new WarnUserService(
            adapters.directory(), store.warnings(), adapters.notifier(), settings, clock);
    var deleteInactive =
        new DeleteInactiveUsersService(
            adapters.directory(),
            store.warnings(),
            store.ledger(),
            store.controls(),
            adapters.edxEraser(),
            settings,
            clock);
    var deleteUser =
        new DeleteUserService(
            adapters.directory(),
            store.ledger(),
            store.controls(),
            adapters.edxEraser(),
            settings,
            clock);
    var submit = new SubmitTaskService(store.tasks(), queue, clock);
    return new DomainServices(
        warnInactive,
        warnUser,
        deleteInactive,
        deleteUser,
        new ReconcileService(
            store.ledger(),
            adapters.erasers(),
            adapters.planner(),
            store.controls(),
            store.warnings(),
            adapters.notifier(),
            settings,
            clock),
        submit,
        new GetTasksService(store.tasks()),
        new ManageTasksService(store.tasks(), queue, submit, clock),
        new RunTaskService(
            store.tasks(),
            store.controls(),
            adapters.notifier(),
            warnInactive,
            warnUser,
            deleteInactive,
            deleteUser,
            clock),
        new GetLedgerService(
            store.ledger(), store.audit(), java.util.Optional.of(settings.gateService())),
        new UpdateStatusService(store.ledger(), clock),
        new ControlService(store.controls(), clock),
        new ExplainPlanService(
            adapters.planner(),
            store.controls(),
            adapters.directory(),
            adapters.edxEraser(),
            clock),
        new CheckHealthService(adapters.healthChecks()),
        new MinimizePersonalDataService(store.ledger(), clock),
        new ReplayErasuresService(store.ledger(), adapters.directory(), settings, clock));
  }
}

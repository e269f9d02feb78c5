package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.WarnUserUseCase;
import java.util.OptionalInt;

/**
 * Maps each kind of task parameters to its use case, exhaustively over the sealed set
 * (package-private, not a use case).
 */
record DispatchTaskService(
    WarnInactiveUsersUseCase warnInactiveUsers,
    WarnUserUseCase warnUser,
    DeleteInactiveUsersUseCase deleteInactiveUsers,
    DeleteUserUseCase deleteUser) {

  RunReport run(Task task, RunObserver observer) {
    boolean dryRun = task.dryRun();
    return switch (task.parameters()) {
      case TaskParameters.EmailInactiveUsers p ->
          warnInactiveUsers.warnInactiveUsers(
              new WarnInactiveUsersUseCase.Command(
                  dryRun, remaining(p.limit(), task), task.progress().cursor()),
              observer);
      case TaskParameters.EmailUser p ->
          warnUser.warnUser(new WarnUserUseCase.Command(p.email(), p.username(), dryRun));
      case TaskParameters.DeleteInactiveUsers p ->
          deleteInactiveUsers.deleteInactiveUsers(
              new DeleteInactiveUsersUseCase.Command(
                  dryRun, p.limit(), p.force(), p.onlyEdxUserIds()),
              observer);
      case TaskParameters.DeleteUser p ->
          deleteUser.deleteUser(new DeleteUserUseCase.Command(p.email(), p.reason(), dryRun));
    };
  }

  /** A resumed warn run only warns what its limit has left after the pages already done. */
  private static OptionalInt remaining(OptionalInt limit, Task task) {
    if (limit.isEmpty()) {
      return limit;
    }
    return OptionalInt.of((int) Math.max(1, limit.getAsInt() - task.progress().selected()));
  }
}

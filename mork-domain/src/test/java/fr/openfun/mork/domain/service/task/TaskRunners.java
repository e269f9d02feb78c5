package fr.openfun.mork.domain.service.task;

import fr.openfun.mork.domain.service.deletion.DeleteInactiveUsersService;
import fr.openfun.mork.domain.service.deletion.DeleteUserService;
import fr.openfun.mork.domain.service.warning.WarnInactiveUsersService;
import fr.openfun.mork.domain.service.warning.WarnUserService;
import fr.openfun.mork.testing.InMemoryWorld;

/** A {@link RunTaskService} over an in-memory world, with the real use cases behind it. */
final class TaskRunners {
  private TaskRunners() {}

  static RunTaskService over(InMemoryWorld world) {
    return new RunTaskService(
        world.tasks,
        world.control,
        world.notifier,
        new WarnInactiveUsersService(
            world.directory, world.warnings, world.notifier, world.settings, world.clock),
        new WarnUserService(
            world.directory, world.warnings, world.notifier, world.settings, world.clock),
        new DeleteInactiveUsersService(
            world.directory,
            world.warnings,
            world.ledger,
            world.control,
            world.edx,
            world.settings,
            world.clock),
        new DeleteUserService(
            world.directory, world.ledger, world.control, world.edx, world.settings, world.clock),
        world.clock);
  }
}

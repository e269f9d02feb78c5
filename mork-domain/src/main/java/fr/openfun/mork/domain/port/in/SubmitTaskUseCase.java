package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import java.util.Objects;

/** Stores a task as {@code PENDING} and queues it for a worker. */
public interface SubmitTaskUseCase {

  Task submit(Command command);

  record Command(TaskParameters parameters, boolean dryRun, Actor requestedBy) {
    public Command {
      Objects.requireNonNull(parameters, "parameters");
      Objects.requireNonNull(requestedBy, "requestedBy");
    }
  }
}

package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads tasks and their reports. */
public interface GetTasksUseCase {

  Optional<Task> find(UUID taskId);

  List<Task> search(TaskQuery query);
}

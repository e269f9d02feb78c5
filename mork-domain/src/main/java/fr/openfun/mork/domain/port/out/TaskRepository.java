package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable task records: parameters, status, progress and report. */
public interface TaskRepository {

  /** Stores a new task; throws {@link IllegalArgumentException} if the id exists. */
  void create(Task task);

  /** Replaces the stored task with the same id; throws if it does not exist. */
  void update(Task task);

  Optional<Task> findById(UUID id);

  /** Tasks matching the query, newest first. */
  List<Task> search(TaskQuery query);
}

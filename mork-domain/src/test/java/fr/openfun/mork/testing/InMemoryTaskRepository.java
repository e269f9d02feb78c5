package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tasks in memory. */
public final class InMemoryTaskRepository implements TaskRepository {
  private final Map<UUID, Task> tasks = new LinkedHashMap<>();

  @Override
  public synchronized void create(Task task) {
    if (tasks.putIfAbsent(task.id(), task) != null) {
      throw new IllegalArgumentException("task " + task.id() + " already exists");
    }
  }

  @Override
  public synchronized void update(Task task) {
    if (!tasks.containsKey(task.id())) {
      throw new IllegalArgumentException("task " + task.id() + " does not exist");
    }
    tasks.put(task.id(), task);
  }

  @Override
  public synchronized Optional<Task> findById(UUID id) {
    return Optional.ofNullable(tasks.get(id));
  }

  @Override
  public synchronized List<Task> search(TaskQuery query) {
    return tasks.values().stream()
        .filter(t -> query.type().map(t.type()::equals).orElse(true))
        .filter(t -> query.status().map(t.status()::equals).orElse(true))
        .sorted(Comparator.comparing(Task::createdAt).reversed().thenComparing(Task::id))
        .skip(query.offset())
        .limit(query.limit())
        .toList();
  }
}

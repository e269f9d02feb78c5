package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.testing.InMemoryTaskRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

/**
 * Stands for the domain's RunTaskService: processes items 1..n page by page, saves the cursor after
 * each page, stops when the stored task is revoked, answers RETRY while paused or once its node
 * stops (at the page boundary, cursor saved). Its state is shared by every scheduler of a test, as
 * a database would be.
 */
final class PagedTaskRunner implements RunTaskUseCase {
  /** Called before each item; may block or throw to stand for a node dying mid-page. */
  interface ItemHook {
    void before(UUID taskId, long item);
  }

  private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
  private final List<Long> items;
  private final int pageSize;
  private final Map<Long, List<String>> outcomes = new ConcurrentHashMap<>();
  private final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
  private final Map<UUID, BooleanSupplier> signals = new ConcurrentHashMap<>();
  final AtomicBoolean paused = new AtomicBoolean();
  volatile ItemHook hook = (taskId, item) -> {};

  PagedTaskRunner(int itemCount, int pageSize) {
    this.items = LongStream.rangeClosed(1, itemCount).boxed().toList();
    this.pageSize = pageSize;
  }

  UUID newTask() {
    UUID id = UUID.randomUUID();
    tasks.create(
        Task.pending(
            id,
            new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), false, List.of()),
            false,
            Instant.now(),
            Actor.SYSTEM));
    return id;
  }

  @Override
  public Task run(UUID taskId) {
    return run(taskId, () -> false);
  }

  @Override
  public Task run(UUID taskId, BooleanSupplier stopping) {
    signals.put(taskId, stopping);
    runs.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
    Task task = stored(taskId);
    if (task.status().isFinal()) {
      return task;
    }
    if (paused.get()) {
      return save(task.withStatus(TaskStatus.RETRY));
    }
    task = save(task.started(Instant.now()));
    long cursor = task.progress().cursor();
    List<Long> remaining = items.stream().filter(i -> i > cursor).toList();
    for (int from = 0; from < remaining.size(); from += pageSize) {
      List<Long> page = remaining.subList(from, Math.min(from + pageSize, remaining.size()));
      for (long item : page) {
        hook.before(taskId, item);
        outcomes.computeIfAbsent(item, i -> new CopyOnWriteArrayList<>()).add("deleted-" + item);
      }
      synchronized (this) {
        Task now = stored(taskId);
        if (now.status() == TaskStatus.REVOKED) {
          return now;
        }
        long done = now.progress().succeeded() + page.size();
        task = save(now.withProgress(new TaskProgress(done, done, done, 0, 0, page.getLast())));
      }
      if (stopping.getAsBoolean() && from + pageSize < remaining.size()) {
        return save(task.withStatus(TaskStatus.RETRY));
      }
    }
    return save(stored(taskId).withStatus(TaskStatus.SUCCESS));
  }

  synchronized void revoke(UUID taskId) {
    save(stored(taskId).withStatus(TaskStatus.REVOKED));
  }

  Task stored(UUID taskId) {
    return tasks.findById(taskId).orElseThrow();
  }

  /** Whether the node running the task asked it to stop. */
  boolean stopping(UUID taskId) {
    BooleanSupplier signal = signals.get(taskId);
    return signal != null && signal.getAsBoolean();
  }

  int runs(UUID taskId) {
    AtomicInteger count = runs.get(taskId);
    return count == null ? 0 : count.get();
  }

  Map<Long, List<String>> outcomes() {
    return Map.copyOf(outcomes);
  }

  private synchronized Task save(Task task) {
    tasks.update(task);
    return task;
  }
}

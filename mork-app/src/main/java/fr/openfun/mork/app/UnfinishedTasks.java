package fr.openfun.mork.app;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.out.TaskQueue;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues again, when a worker starts, every task not finished: those a graceful stop left {@code
 * RETRY} and those a crash left {@code STARTED} or {@code PENDING}. The RAM job store forgets its
 * jobs at a restart; with the clustered store the jobs still exist and queueing is a no-op.
 */
final class UnfinishedTasks {
  private static final Logger LOG = LoggerFactory.getLogger(UnfinishedTasks.class);
  private static final int PAGE = 500;

  private UnfinishedTasks() {}

  static int requeue(GetTasksUseCase tasks, TaskQueue queue) {
    int queued = 0;
    for (TaskStatus status : List.of(TaskStatus.PENDING, TaskStatus.STARTED, TaskStatus.RETRY)) {
      for (int offset = 0; ; offset += PAGE) {
        List<Task> page =
            tasks.search(new TaskQuery(Optional.empty(), Optional.of(status), offset, PAGE));
        page.forEach(task -> queue.enqueue(task.id()));
        queued += page.size();
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    if (queued > 0) {
      LOG.info("{} unfinished task(s) queued again", queued);
    }
    return queued;
  }
}

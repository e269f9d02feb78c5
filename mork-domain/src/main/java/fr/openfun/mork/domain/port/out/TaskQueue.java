package fr.openfun.mork.domain.port.out;

import java.util.UUID;

/** Hands stored tasks to the workers that run them. */
public interface TaskQueue {

  /** Schedules the stored task for execution, durably. */
  void enqueue(UUID taskId);

  /** Removes a task not yet started from the queue; a running one stops at its next page. */
  void cancel(UUID taskId);
}

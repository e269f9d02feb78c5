package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Task;

/** v1 {@code TaskResponse}: {@code {"id": ..., "status": "PENDING"}}. */
record TaskStatusResponse(String id, String status) {

  static TaskStatusResponse from(Task task) {
    return new TaskStatusResponse(task.id().toString(), task.status().name());
  }
}

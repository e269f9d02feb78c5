package fr.openfun.mork.domain.model;

/** The life of a task, with the names of the original API (Celery's states). */
public enum TaskStatus {
  PENDING,
  STARTED,
  SUCCESS,
  FAILURE,
  RETRY,
  REVOKED;

  /** True once the task will not run again. */
  public boolean isFinal() {
    return this == SUCCESS || this == FAILURE || this == REVOKED;
  }
}

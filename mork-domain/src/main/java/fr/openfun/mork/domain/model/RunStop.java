package fr.openfun.mork.domain.model;

import java.util.Objects;

/** Why a run stopped before the end of its scan, for the task status and the report. */
public record RunStop(Kind kind, String message) {

  /** The reasons a run stops early. */
  public enum Kind {
    /** The blast-radius guard tripped: nothing was recorded; the task fails. */
    GUARD,
    /** Mork is paused: destructive work waits. */
    PAUSED,
    /** The edX schema changed or has unpoliced columns: destructive erasure waits. */
    SCHEMA_DRIFT,
    /** The task was revoked (or the node is shutting down). */
    REVOKED,
    /** The requested {@code limit} was reached. */
    LIMIT
  }

  public RunStop {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}

package fr.openfun.mork.domain.model;

/**
 * Progress counters of a task, saved after every page. {@code cursor} is the last {@code
 * auth_user.id} processed, so a recovered task resumes after it.
 */
public record TaskProgress(
    long scanned, long selected, long succeeded, long skipped, long failed, long cursor) {

  public static final TaskProgress NONE = new TaskProgress(0, 0, 0, 0, 0, 0);

  public TaskProgress {
    if (scanned < 0 || selected < 0 || succeeded < 0 || skipped < 0 || failed < 0 || cursor < 0) {
      throw new IllegalArgumentException("progress counters must be >= 0");
    }
  }

  /**
   * The counters of a resumed run: this (what earlier runs saved) plus {@code later} (the resumed
   * part); the cursor is the furthest of the two.
   */
  public TaskProgress plus(TaskProgress later) {
    return new TaskProgress(
        scanned + later.scanned,
        selected + later.selected,
        succeeded + later.succeeded,
        skipped + later.skipped,
        failed + later.failed,
        Math.max(cursor, later.cursor));
  }
}

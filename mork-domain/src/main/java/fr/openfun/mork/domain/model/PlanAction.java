package fr.openfun.mork.domain.model;

/** What the edX erasure does with rows reached through one edge of the deletion plan. */
public enum PlanAction {
  /** Delete the row, and first its own dependents. */
  DELETE("delete"),
  /** Keep the row, clear the column that points at the user. */
  SET_NULL("set_null"),
  /**
   * Keep the row, point its NOT NULL actor column at the retired placeholder user instead: the row
   * is a record about someone or something else that the erased user merely acted on.
   */
  REASSIGN("reassign"),
  /** Keep the row in place but overwrite the listed columns (forum-like content). */
  ANONYMIZE("anonymize"),
  /** A user with any such row is not erased at all. */
  PROTECT("protect"),
  /** Explicitly left alone (a discovered column known not to hold personal data). */
  IGNORE("ignore");

  private final String wireName;

  PlanAction(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}

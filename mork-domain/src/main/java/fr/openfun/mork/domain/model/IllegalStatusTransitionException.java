package fr.openfun.mork.domain.model;

/** Thrown when a status change breaks {@link DeletionStatus#canMoveTo}. */
public final class IllegalStatusTransitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IllegalStatusTransitionException(DeletionStatus from, DeletionStatus to) {
    super(
        "cannot move a status from "
            + from.wireName()
            + " to "
            + to.wireName()
            + " without an explicit re-open");
  }
}

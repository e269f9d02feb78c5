package fr.openfun.mork.domain.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where the erasure of one user stands in one service. Moves forward {@code to_delete → deleting →
 * deleted|protected}; going back to {@code to_delete} from a final state needs an explicit re-open.
 */
public enum DeletionStatus {
  TO_DELETE("to_delete"),
  DELETING("deleting"),
  DELETED("deleted"),
  PROTECTED("protected");

  private final String wireName;

  DeletionStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True for {@code deleted} and {@code protected}: no further work is planned. */
  public boolean isFinal() {
    return this == DELETED || this == PROTECTED;
  }

  /**
   * Whether a change from this status to {@code target} is allowed. Any move between non-final
   * states, and from a non-final to a final state, is allowed; leaving a final state is allowed
   * only as a re-open to {@code to_delete}, and a final state may be restated (idempotent PATCH).
   */
  public boolean canMoveTo(DeletionStatus target, boolean reopen) {
    if (!isFinal() || target == this) {
      return true;
    }
    return reopen && target == TO_DELETE;
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values. */
  public static DeletionStatus fromWire(String value) {
    return Arrays.stream(values())
        .filter(s -> s.wireName.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown deletion status '"
                        + value
                        + "', expected one of "
                        + Arrays.stream(values())
                            .map(DeletionStatus::wireName)
                            .collect(Collectors.joining(", "))));
  }
}

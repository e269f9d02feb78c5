package fr.openfun.mork.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** The parameters of each task type; a closed set, switched over exhaustively. */
public sealed interface TaskParameters {

  TaskType type();

  /** Warn every inactive user due a reminder, at most {@code limit} of them. */
  record EmailInactiveUsers(OptionalInt limit) implements TaskParameters {
    public EmailInactiveUsers {
      Objects.requireNonNull(limit, "limit");
      limit.ifPresent(TaskParameters::checkLimit);
    }

    @Override
    public TaskType type() {
      return TaskType.EMAIL_INACTIVE_USERS;
    }
  }

  /** Warn one user, named by email and username as in the original API. */
  record EmailUser(String email, String username) implements TaskParameters {
    public EmailUser {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(username, "username");
    }

    @Override
    public TaskType type() {
      return TaskType.EMAIL_USER;
    }
  }

  /**
   * Select inactive users past the deletion date and record them in the ledger. {@code force}
   * overrides the blast-radius guard; {@code onlyEdxUserIds}, when not empty, restricts the run to
   * the users of an approved dry-run report (each still re-checked).
   */
  record DeleteInactiveUsers(OptionalInt limit, boolean force, List<Long> onlyEdxUserIds)
      implements TaskParameters {
    public DeleteInactiveUsers {
      Objects.requireNonNull(limit, "limit");
      limit.ifPresent(TaskParameters::checkLimit);
      onlyEdxUserIds = List.copyOf(onlyEdxUserIds);
    }

    @Override
    public TaskType type() {
      return TaskType.DELETE_INACTIVE_USERS;
    }
  }

  /** Erase one user at their request (or the operator's), bypassing inactivity and warnings. */
  record DeleteUser(String email, DeletionReason reason) implements TaskParameters {
    public DeleteUser {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public TaskType type() {
      return TaskType.DELETE_USER;
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
  }
}

package fr.openfun.mork.domain.model;

import java.util.Arrays;

/** The kinds of background task, with the wire names of the original API. */
public enum TaskType {
  EMAIL_INACTIVE_USERS("email_inactive_users"),
  EMAIL_USER("email_user"),
  DELETE_INACTIVE_USERS("delete_inactive_users"),
  DELETE_USER("delete_user");

  private final String wireName;

  TaskType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** True for the types that erase users (and so obey the pause switch and the guard). */
  public boolean destructive() {
    return this == DELETE_INACTIVE_USERS || this == DELETE_USER;
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values. */
  public static TaskType fromWire(String value) {
    return Arrays.stream(values())
        .filter(t -> t.wireName.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown task type '"
                        + value
                        + "', expected email_inactive_users, email_user,"
                        + " delete_inactive_users or delete_user"));
  }
}

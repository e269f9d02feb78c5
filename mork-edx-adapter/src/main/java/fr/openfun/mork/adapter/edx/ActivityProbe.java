package fr.openfun.mork.adapter.edx;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A later sign of activity than {@code auth_user.last_login}: rows of {@code table} whose {@code
 * userColumn} holds the user id and whose {@code timeColumn} is after the cutoff (e.g. {@code
 * oauth2_accesstoken.user_id / created}, {@code courseware_studentmodule.student_id / modified}).
 */
public record ActivityProbe(String table, String userColumn, String timeColumn) {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  public ActivityProbe {
    check(table, "table");
    check(userColumn, "userColumn");
    check(timeColumn, "timeColumn");
  }

  private static void check(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " is not an SQL identifier: " + value);
    }
  }

  /** Parses {@code table.userColumn.timeColumn}. */
  public static ActivityProbe parse(String spec) {
    String[] parts = spec.trim().split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "activity probe must read table.user_column.time_column, was " + spec);
    }
    return new ActivityProbe(parts[0], parts[1], parts[2]);
  }
}

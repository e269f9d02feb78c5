package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning to send: the user will be deleted on {@code deletionDate} unless they log in. {@code
 * reminder} is 1 for the first warning, {@code ofReminders} how many are configured.
 */
public record WarningNotice(
    EdxUser user, int reminder, int ofReminders, Instant deletionDate, long daysLeft) {
  public WarningNotice {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(deletionDate, "deletionDate");
    if (reminder < 1 || reminder > ofReminders) {
      throw new IllegalArgumentException("reminder must be in 1.." + ofReminders);
    }
  }
}

package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning email sent to an inactive edX user: which reminder (1 is the first) and when. A warning
 * sent before the user's latest login no longer counts (see {@code InactivityPolicy}).
 */
public record Warning(long edxUserId, int reminder, Instant sentAt) {
  public Warning {
    if (edxUserId <= 0) {
      throw new IllegalArgumentException("edxUserId must be positive, was " + edxUserId);
    }
    if (reminder < 1) {
      throw new IllegalArgumentException("reminder must be >= 1, was " + reminder);
    }
    Objects.requireNonNull(sentAt, "sentAt");
  }
}

package fr.openfun.mork.domain.model;

import java.util.Arrays;

/** Why a user is in the ledger; the wire names are those of the original Mork API. */
public enum DeletionReason {
  /** The user asked for the erasure of their account. */
  USER_REQUESTED("user_requested"),
  /** The account was inactive past the deletion threshold (data-protection law). */
  GDPR("gdpr");

  private final String wireName;

  DeletionReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values. */
  public static DeletionReason fromWire(String value) {
    return Arrays.stream(values())
        .filter(r -> r.wireName.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown deletion reason '" + value + "', expected user_requested or gdpr"));
  }
}

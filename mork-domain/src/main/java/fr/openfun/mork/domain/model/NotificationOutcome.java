package fr.openfun.mork.domain.model;

import java.util.Objects;

/** What sending one message did. */
public sealed interface NotificationOutcome {

  /** The message was handed to the mail server (or written to the outbox). */
  record Sent() implements NotificationOutcome {}

  /** Nothing was delivered; {@code kind} says whether a later retry may succeed. */
  record Failed(FailureKind kind, String reason) implements NotificationOutcome {
    public Failed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }
}

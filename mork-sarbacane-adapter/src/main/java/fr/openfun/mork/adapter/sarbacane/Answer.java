package fr.openfun.mork.adapter.sarbacane;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one Sarbacane request answered, classified. Reasons never hold the email or secrets. */
sealed interface Answer {

  /** A 2xx answer; {@code body} is the raw response text. */
  record Success(String body) implements Answer {}

  /** "No contacts versions to delete": the contact is not there, which counts as done. */
  record Absent() implements Answer {}

  /** A passing fault; retry, after {@code retryAfter} when the server said so. */
  record Transient(String reason, Optional<Duration> retryAfter) implements Answer {
    public Transient {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Transient(String reason) {
      this(reason, Optional.empty());
    }
  }

  /** Sarbacane rejects Mork's credentials or account: stop the service, for every user. */
  record Rejected(String reason) implements Answer {}

  /** This request cannot succeed as it is (e.g. a 4xx the API does not document as transient). */
  record Permanent(String reason) implements Answer {}
}

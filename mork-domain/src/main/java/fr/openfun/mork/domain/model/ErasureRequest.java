package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an eraser needs to erase one user. When {@code sparedIfActiveSince} is present the eraser
 * re-checks activity atomically with the erasure and answers {@code Spared} if the user logged in
 * at or after that instant.
 */
public record ErasureRequest(
    UUID ledgerId,
    long edxUserId,
    String username,
    String email,
    DeletionReason reason,
    Instant requestedAt,
    Optional<Instant> sparedIfActiveSince) {

  public ErasureRequest {
    Objects.requireNonNull(ledgerId, "ledgerId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(sparedIfActiveSince, "sparedIfActiveSince");
  }

  /**
   * The request for a ledger user: inactivity-driven ({@code gdpr}) entries are spared if the user
   * logged in after they were recorded; users who asked for erasure are not.
   */
  public static ErasureRequest of(MorkUser user) {
    Optional<Instant> guard =
        user.reason() == DeletionReason.GDPR ? Optional.of(user.createdAt()) : Optional.empty();
    return new ErasureRequest(
        user.id(),
        user.edxUserId(),
        user.username(),
        user.email(),
        user.reason(),
        user.createdAt(),
        guard);
  }
}

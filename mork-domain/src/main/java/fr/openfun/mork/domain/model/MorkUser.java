package fr.openfun.mork.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user in Mork's ledger: someone to be erased from every configured service, with one status per
 * service. Once erasure is complete and the retention period has passed, {@code email} and {@code
 * username} hold keyed hashes instead of the raw values.
 */
public record MorkUser(
    UUID id,
    String username,
    long edxUserId,
    String email,
    DeletionReason reason,
    Instant createdAt,
    Instant updatedAt,
    List<ServiceStatus> serviceStatuses) {

  public MorkUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    serviceStatuses = List.copyOf(serviceStatuses);
  }

  /** The status of this user in {@code service}, if that service tracks them. */
  public Optional<ServiceStatus> statusIn(ServiceName service) {
    return serviceStatuses.stream().filter(s -> s.service().equals(service)).findFirst();
  }

  /** True when every service is in a final state. */
  public boolean fullyProcessed() {
    return serviceStatuses.stream().allMatch(s -> s.status().isFinal());
  }
}

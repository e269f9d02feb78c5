package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.MorkUser;
import java.util.Comparator;
import java.util.List;

/** v1 {@code UserRead}: a ledger user with one status per service, sorted by service name. */
record UserResponse(
    String id,
    String username,
    long edxUserId,
    String email,
    String reason,
    List<ServiceStatusResponse> serviceStatuses,
    String createdAt,
    String updatedAt) {

  static UserResponse from(MorkUser user) {
    return new UserResponse(
        user.id().toString(),
        user.username(),
        user.edxUserId(),
        user.email(),
        user.reason().wireName(),
        user.serviceStatuses().stream()
            .map(ServiceStatusResponse::from)
            .sorted(Comparator.comparing(ServiceStatusResponse::serviceName))
            .toList(),
        Timestamps.format(user.createdAt()),
        Timestamps.format(user.updatedAt()));
  }
}

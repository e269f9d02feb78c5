package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ServiceStatus;
import java.util.UUID;

/** v1 {@code UserStatusRead}/{@code UserStatusUpdate}: {@code {id, service_name, status}}. */
record UserStatusResponse(String id, String serviceName, String status) {

  static UserStatusResponse from(UUID userId, ServiceStatus status) {
    return new UserStatusResponse(
        userId.toString(), status.service().value(), status.status().wireName());
  }
}

package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ServiceStatus;

/** v1 {@code UserServiceStatusRead}: {@code {"service_name": ..., "status": ...}}. */
record ServiceStatusResponse(String serviceName, String status) {

  static ServiceStatusResponse from(ServiceStatus status) {
    return new ServiceStatusResponse(status.service().value(), status.status().wireName());
  }
}

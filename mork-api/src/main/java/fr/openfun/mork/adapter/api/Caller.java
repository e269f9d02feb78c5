package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.Objects;
import java.util.Optional;

/** The holder of an API key: an admin, or a pull service limited to its own statuses. */
record Caller(Actor actor, Optional<ServiceName> service) {

  static final String ATTRIBUTE = "mork.caller";

  Caller {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(service, "service");
  }

  static Caller admin(String name) {
    return new Caller(Actor.of(name), Optional.empty());
  }

  static Caller service(ServiceName service) {
    return new Caller(Actor.of(service.value()), Optional.of(service));
  }

  boolean isAdmin() {
    return service.isEmpty();
  }

  boolean allowed(Scope scope) {
    return switch (scope) {
      case OPEN, LEDGER_READ, STATUS_WRITE -> true;
      case ADMIN -> isAdmin();
    };
  }

  /** Throws 403 unless this caller may change statuses of {@code target}. */
  void checkMayWrite(ServiceName target) {
    if (!isAdmin() && !service.get().equals(target)) {
      throw ApiException.forbidden();
    }
  }
}

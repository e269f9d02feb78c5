package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The holder of an API key: an admin, a pull service limited to its own statuses, or a metrics
 * scraper that may read {@code /metrics} and nothing else.
 */
record Caller(Actor actor, Optional<ServiceName> service, boolean metricsOnly) {

  static final String ATTRIBUTE = "mork.caller";

  Caller {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(service, "service");
    if (metricsOnly && service.isPresent()) {
      throw new IllegalArgumentException("a metrics key belongs to no service");
    }
  }

  static Caller admin(String name) {
    return new Caller(Actor.of(name), Optional.empty(), false);
  }

  static Caller service(ServiceName service) {
    return new Caller(Actor.of(service.value()), Optional.of(service), false);
  }

  static Caller metrics(String name) {
    return new Caller(Actor.of(name), Optional.empty(), true);
  }

  boolean isAdmin() {
    return service.isEmpty() && !metricsOnly;
  }

  boolean allowed(Scope scope) {
    if (metricsOnly) {
      return scope == Scope.OPEN || scope == Scope.METRICS;
    }
    return switch (scope) {
      case OPEN, LEDGER_READ, STATUS_WRITE -> true;
      case ADMIN, METRICS -> isAdmin();
    };
  }

  /**
   * The user as this caller may see it: an admin sees every user, a service only those edX erased
   * (as in its {@code GET /v1/users}); a hidden user is empty, like an unknown id.
   */
  Optional<MorkUser> find(GetLedgerUseCase ledger, UUID userId) {
    if (isAdmin()) {
      return ledger.find(userId);
    }
    return service.flatMap(s -> ledger.findFor(s, userId));
  }

  /** Throws 403 unless this caller may change statuses of {@code target}. */
  void checkMayWrite(ServiceName target) {
    if (!isAdmin() && !service.get().equals(target)) {
      throw ApiException.forbidden();
    }
  }
}

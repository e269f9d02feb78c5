package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import fr.openfun.mork.domain.port.out.HealthCheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every dependency in turn; one that throws counts as unhealthy. */
public final class CheckHealthService implements CheckHealthUseCase {
  private final List<HealthCheck> checks;

  public CheckHealthService(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Each check's name and answer, in the configured order. */
  @Override
  public Map<String, Boolean> check() {
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (HealthCheck check : checks) {
      boolean healthy;
      try {
        healthy = check.healthy();
      } catch (RuntimeException e) {
        healthy = false;
      }
      result.put(check.name(), healthy);
    }
    return Collections.unmodifiableMap(result);
  }
}

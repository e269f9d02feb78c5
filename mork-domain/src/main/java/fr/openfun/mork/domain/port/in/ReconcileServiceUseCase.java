package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.ServiceName;
import java.util.Map;
import java.util.Objects;

/**
 * Drives one erasing service's statuses: claims due ones, erases, and records {@code deleted},
 * {@code protected} or a retry with back-off. Does nothing while Mork is paused, and stops at the
 * first answer that says the service rejects Mork itself.
 */
public interface ReconcileServiceUseCase {

  Result reconcile(Command command);

  record Command(ServiceName service, int batchSize) {
    public Command {
      Objects.requireNonNull(service, "service");
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
      }
    }
  }

  /**
   * How many statuses were claimed and how each ended (by outcome name); {@code serviceRejected} is
   * true when the service refused Mork's credentials and the reconciler should pause.
   */
  record Result(int claimed, Map<String, Integer> outcomes, boolean serviceRejected) {
    public Result {
      outcomes = Map.copyOf(outcomes);
    }

    /**
     * True when statuses were claimed and every one of them failed (they are retrying with
     * back-off): the service looks down, and claiming more now would only spend their attempts.
     */
    public boolean allFailed() {
      return claimed > 0 && outcomes.getOrDefault("failed", 0) == claimed;
    }
  }
}

package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reconciler as the shared job store sees it: when it fires next, and until when it is paused
 * because the service rejected Mork's credentials (empty when it is not).
 */
public record ReconcilerStatus(
    ServiceName service, Optional<Instant> nextRun, Optional<Instant> rejectedUntil) {

  public ReconcilerStatus {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(nextRun, "nextRun");
    Objects.requireNonNull(rejectedUntil, "rejectedUntil");
  }

  /** True while the reconciler waits because its service rejected Mork: the flag to alert on. */
  public boolean rejected() {
    return rejectedUntil.isPresent();
  }
}

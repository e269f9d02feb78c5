package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One reconciler per erasing service, firing every {@code interval}. Each firing claims batches of
 * {@code batchSize} ({@code edxBatchSize} for edX, the gate) while they come back full, at most
 * {@code maxBatchesPerFiring} of them. A service that rejects Mork's credentials is left alone for
 * {@code rejectedPause}.
 */
public record ReconcilerSettings(
    List<ServiceName> services,
    Duration interval,
    int batchSize,
    int edxBatchSize,
    int maxBatchesPerFiring,
    Duration rejectedPause) {

  public ReconcilerSettings {
    services = List.copyOf(services);
    positive("interval", interval);
    positive("rejectedPause", rejectedPause);
    if (batchSize < 1) {
      throw new IllegalArgumentException("reconciler batchSize must be >= 1, was " + batchSize);
    }
    if (edxBatchSize < 1) {
      throw new IllegalArgumentException(
          "reconciler edxBatchSize must be >= 1, was " + edxBatchSize);
    }
    if (maxBatchesPerFiring < 1) {
      throw new IllegalArgumentException(
          "reconciler maxBatchesPerFiring must be >= 1, was " + maxBatchesPerFiring);
    }
  }

  /**
   * Every minute, 50 statuses a batch (500 for edX), at most 20 batches a firing, one hour off if
   * rejected.
   */
  public static ReconcilerSettings defaults(List<ServiceName> services) {
    return new ReconcilerSettings(
        services, Duration.ofMinutes(1), 50, 500, 20, Duration.ofHours(1));
  }

  /** The statuses one batch of {@code service}'s reconciler claims. */
  public int batchSize(ServiceName service) {
    return service.equals(ServiceName.EDX) ? edxBatchSize : batchSize;
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.toMillis() < 1) {
      throw new IllegalArgumentException("reconciler " + name + " must be positive");
    }
  }
}

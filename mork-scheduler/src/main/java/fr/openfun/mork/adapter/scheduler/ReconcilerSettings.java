package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One reconciler per erasing service, firing every {@code interval}. Each firing claims batches of
 * {@code batchSize} while they come back full, at most {@code maxBatchesPerFiring} of them. A
 * service that rejects Mork's credentials is left alone for {@code rejectedPause}.
 */
public record ReconcilerSettings(
    List<ServiceName> services,
    Duration interval,
    int batchSize,
    int maxBatchesPerFiring,
    Duration rejectedPause) {

  public ReconcilerSettings {
    services = List.copyOf(services);
    positive("interval", interval);
    positive("rejectedPause", rejectedPause);
    if (batchSize < 1) {
      throw new IllegalArgumentException("reconciler batchSize must be >= 1, was " + batchSize);
    }
    if (maxBatchesPerFiring < 1) {
      throw new IllegalArgumentException(
          "reconciler maxBatchesPerFiring must be >= 1, was " + maxBatchesPerFiring);
    }
  }

  /** Every minute, 50 statuses a batch, at most 20 batches a firing, one hour off if rejected. */
  public static ReconcilerSettings defaults(List<ServiceName> services) {
    return new ReconcilerSettings(services, Duration.ofMinutes(1), 50, 20, Duration.ofHours(1));
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.toMillis() < 1) {
      throw new IllegalArgumentException("reconciler " + name + " must be positive");
    }
  }
}

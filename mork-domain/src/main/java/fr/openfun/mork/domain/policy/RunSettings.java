package fr.openfun.mork.domain.policy;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rules the use-case services share: who is inactive, the blast-radius guard, the retry
 * back-off, the configured services, the scan page size, how long a reconciler's claim lasts, how
 * long a push service has to confirm before the request is sent again, the gate service (edX) every
 * other erasing service waits for, and how many users a dry run previews with edX row counts.
 */
public record RunSettings(
    InactivityPolicy policy,
    BlastRadiusGuard guard,
    RetryBackoff backoff,
    SortedSet<ServiceName> services,
    int pageSize,
    Duration claimLease,
    Duration confirmationTimeout,
    ServiceName gateService,
    int previewCap) {

  /** The largest page a scan reads at once. */
  public static final int MAX_PAGE_SIZE = 10_000;

  public RunSettings {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(gateService, "gateService");
    if (services == null || services.isEmpty()) {
      throw new IllegalArgumentException("services: at least one service must be configured");
    }
    services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
    if (!services.contains(gateService)) {
      throw new IllegalArgumentException(
          "services: the gate service " + gateService + " must be configured, was " + services);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize: must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    requirePositive("claimLease", claimLease);
    requirePositive("confirmationTimeout", confirmationTimeout);
    if (previewCap < 0) {
      throw new IllegalArgumentException("previewCap: must be >= 0, was " + previewCap);
    }
  }

  /**
   * Default rules for these services: default policy, guard and back-off, pages of 500, claims of
   * 15 minutes, push services given a day to confirm, edX as the gate, 20 previews per dry run.
   */
  public static RunSettings defaults(SortedSet<ServiceName> services) {
    return new RunSettings(
        InactivityPolicy.defaults(),
        BlastRadiusGuard.defaults(),
        RetryBackoff.defaults(),
        services,
        500,
        Duration.ofMinutes(15),
        Duration.ofDays(1),
        ServiceName.EDX,
        20);
  }

  /** True for the service every other erasing service waits for. */
  public boolean isGate(ServiceName service) {
    return gateService.equals(service);
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + ": must be positive, was " + value);
    }
  }
}

package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.ServiceName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the operator console needs besides the use cases.
 *
 * @param adminKeys admin API keys by name: the only keys that sign in (actor {@code console:name})
 * @param serviceKeys the pull services' keys, refused with their own message
 * @param services the configured services, in the order the overview shows them
 * @param idleTimeout a session unused this long is gone
 * @param secureCookies always mark the cookie {@code Secure} (the public URL is https)
 * @param trustForwardedProto believe a proxy's {@code X-Forwarded-Proto: https}
 * @param maxShare the blast-radius guard's limit, shown on the overview
 * @param schedule the next scheduled runs, read on each overview
 */
public record ConsoleSettings(
    Map<String, String> adminKeys,
    Set<String> serviceKeys,
    List<ServiceName> services,
    Duration idleTimeout,
    boolean secureCookies,
    boolean trustForwardedProto,
    double maxShare,
    Supplier<List<ScheduledRun>> schedule) {

  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

  public ConsoleSettings {
    adminKeys = Map.copyOf(adminKeys);
    serviceKeys = Set.copyOf(serviceKeys);
    services = List.copyOf(services);
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(schedule, "schedule");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
    }
  }
}

package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ServiceName;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a raw value names a configured service (any well-formed name if none configured). */
final class ServiceNames {
  private static final Pattern WELL_FORMED = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  private ServiceNames() {}

  static boolean valid(String raw, Set<ServiceName> configured) {
    if (!WELL_FORMED.matcher(raw).matches()) {
      return false;
    }
    return configured.isEmpty() || configured.contains(ServiceName.of(raw));
  }
}

package fr.openfun.mork.domain.policy;

import fr.openfun.mork.domain.model.EdxUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users never touched by inactivity runs: privileged users (unless allowed) and a configured list
 * of usernames, emails (case-insensitive) and edX ids.
 */
public record Exclusions(
    boolean excludePrivileged, Set<String> usernames, Set<String> emails, Set<Long> edxUserIds) {

  public Exclusions {
    usernames = Set.copyOf(usernames);
    emails =
        emails.stream()
            .map(e -> e.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    edxUserIds = Set.copyOf(edxUserIds);
  }

  /** The default: privileged users excluded, no list. */
  public static Exclusions defaults() {
    return new Exclusions(true, Set.of(), Set.of(), Set.of());
  }

  /** Why this user is excluded, if they are. */
  public Optional<String> reasonToExclude(EdxUser user) {
    if (excludePrivileged && user.superuser()) {
      return Optional.of("superuser");
    }
    if (excludePrivileged && user.staff()) {
      return Optional.of("staff");
    }
    if (edxUserIds.contains(user.id())) {
      return Optional.of("excluded edX id");
    }
    if (usernames.contains(user.username())) {
      return Optional.of("excluded username");
    }
    if (emails.contains(user.email().toLowerCase(Locale.ROOT))) {
      return Optional.of("excluded email");
    }
    return Optional.empty();
  }
}

package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** An edX directory held in memory; tests add, replace and remove users. */
public final class InMemoryEdxUserDirectory implements EdxUserDirectory {
  private final ConcurrentSkipListMap<Long, EdxUser> users = new ConcurrentSkipListMap<>();

  public InMemoryEdxUserDirectory add(EdxUser... added) {
    for (EdxUser user : added) {
      users.put(user.id(), user);
    }
    return this;
  }

  public void remove(long id) {
    users.remove(id);
  }

  @Override
  public List<EdxUser> findInactive(Instant cutoff, long afterId, int limit) {
    return users.tailMap(afterId, false).values().stream()
        .filter(u -> !u.lastLogin().orElse(u.dateJoined()).isAfter(cutoff))
        .limit(limit)
        .toList();
  }

  @Override
  public long countInactive(Instant cutoff) {
    return findInactive(cutoff, 0, Integer.MAX_VALUE).size();
  }

  @Override
  public long countUsers() {
    return users.size();
  }

  @Override
  public Optional<EdxUser> findByEmail(String email) {
    String wanted = email.toLowerCase(Locale.ROOT);
    return users.values().stream()
        .filter(u -> u.email().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  @Override
  public Optional<EdxUser> findById(long id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public List<EdxUser> findByIds(Collection<Long> ids) {
    return ids.stream().sorted().distinct().map(users::get).filter(u -> u != null).toList();
  }
}

package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.RecordedUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusClaim;
import fr.openfun.mork.domain.model.StatusUpdate;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The ledger in memory, synchronized; writes audit events to the given log. */
public final class InMemoryLedgerRepository implements LedgerRepository {
  private final Map<UUID, MorkUser> users = new LinkedHashMap<>();
  private final InMemoryAuditLog audit;
  private final AtomicInteger changeTransactions = new AtomicInteger();

  public InMemoryLedgerRepository(InMemoryAuditLog audit) {
    this.audit = audit;
  }

  public InMemoryLedgerRepository() {
    this(new InMemoryAuditLog());
  }

  public InMemoryAuditLog audit() {
    return audit;
  }

  /**
   * One transaction of changes, as the store commits them (none for an empty list): counted, then
   * applied one by one.
   */
  @Override
  public List<Optional<ServiceStatus>> changeStatuses(
      List<StatusUpdate> updates, Instant now, Actor actor) {
    if (updates.isEmpty()) {
      return List.of();
    }
    changeTransactions.incrementAndGet();
    return LedgerRepository.super.changeStatuses(updates, now, actor);
  }

  /** How many {@link #changeStatuses} transactions were asked for. */
  public int changeTransactions() {
    return changeTransactions.get();
  }

  @Override
  public synchronized RecordedUser record(NewLedgerEntry entry, Instant now, Actor actor) {
    Optional<MorkUser> existing = findByEdxUserId(entry.edxUserId());
    if (existing.isPresent()) {
      return new RecordedUser(existing.get(), false);
    }
    List<ServiceStatus> statuses =
        entry.services().stream().map(s -> ServiceStatus.toDelete(s, now)).toList();
    MorkUser user =
        new MorkUser(
            UUID.randomUUID(),
            entry.username(),
            entry.edxUserId(),
            entry.email(),
            entry.reason(),
            now,
            now,
            statuses);
    users.put(user.id(), user);
    audit.append(
        event(
            now,
            actor,
            "recorded",
            user.id(),
            Optional.empty(),
            null,
            null,
            "reason=" + entry.reason().wireName()));
    return new RecordedUser(user, true);
  }

  @Override
  public synchronized Optional<MorkUser> findById(UUID id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<MorkUser> findByEdxUserId(long edxUserId) {
    return users.values().stream().filter(u -> u.edxUserId() == edxUserId).findFirst();
  }

  @Override
  public synchronized List<MorkUser> search(LedgerQuery query) {
    return matching(query).skip(query.offset()).limit(query.limit()).toList();
  }

  @Override
  public synchronized long count(LedgerQuery query) {
    return matching(query).count();
  }

  private Stream<MorkUser> matching(LedgerQuery q) {
    return users.values().stream()
        .filter(u -> q.email().map(e -> matches(u.email(), e)).orElse(true))
        .filter(u -> q.username().map(n -> matches(u.username(), n)).orElse(true))
        .filter(
            u ->
                u.serviceStatuses().stream()
                    .anyMatch(
                        s ->
                            q.service().map(s.service()::equals).orElse(true)
                                && q.deletionStatus().map(d -> d == s.status()).orElse(true)))
        .filter(
            u ->
                q.erasedFrom()
                    .map(
                        gate ->
                            u.statusIn(gate)
                                .map(s -> s.status() == DeletionStatus.DELETED)
                                .orElse(false))
                    .orElse(true))
        .sorted(Comparator.comparing(MorkUser::createdAt).thenComparing(MorkUser::id));
  }

  /** Partial match on raw values; exact match through the hash once minimised. */
  private static boolean matches(String value, String part) {
    return contains(value, part) || value.equals("hash:" + sha256(part));
  }

  private static boolean contains(String value, String part) {
    return value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  @Override
  public synchronized Optional<ServiceStatus> changeStatus(
      UUID userId, ServiceName service, StatusChange change, Instant now, Actor actor) {
    MorkUser user = users.get(userId);
    if (user == null || user.statusIn(service).isEmpty()) {
      return Optional.empty();
    }
    ServiceStatus current = user.statusIn(service).get();
    if (!current.status().canMoveTo(change.to(), change.reopen())) {
      throw new IllegalStatusTransitionException(current.status(), change.to());
    }
    ServiceStatus next =
        new ServiceStatus(
            service,
            change.to(),
            change.attempts(),
            change.lastError(),
            change.nextAttemptAt(),
            now);
    replace(user, next, now);
    audit.append(
        event(
            now,
            actor,
            change.action(),
            userId,
            Optional.of(service),
            current.status(),
            change.to(),
            change.detail()));
    return Optional.of(next);
  }

  private void replace(MorkUser user, ServiceStatus next, Instant now) {
    List<ServiceStatus> statuses = new ArrayList<>(user.serviceStatuses());
    statuses.replaceAll(s -> s.service().equals(next.service()) ? next : s);
    users.put(
        user.id(),
        new MorkUser(
            user.id(),
            user.username(),
            user.edxUserId(),
            user.email(),
            user.reason(),
            user.createdAt(),
            now,
            statuses));
  }

  @Override
  public synchronized List<StatusClaim> claimDue(
      ServiceName service,
      Instant now,
      int max,
      Duration lease,
      Optional<ServiceName> prerequisite) {
    List<StatusClaim> claims = new ArrayList<>();
    for (MorkUser user : List.copyOf(users.values())) {
      if (claims.size() >= max) {
        break;
      }
      Optional<ServiceStatus> status = user.statusIn(service);
      boolean ready =
          prerequisite
              .map(
                  p ->
                      user.statusIn(p).map(s -> s.status() == DeletionStatus.DELETED).orElse(false))
              .orElse(true);
      if (status.isEmpty() || !ready || !due(status.get(), now)) {
        continue;
      }
      ServiceStatus claimed =
          new ServiceStatus(
              service,
              DeletionStatus.DELETING,
              status.get().attempts(),
              status.get().lastError(),
              Optional.of(now.plus(lease)),
              now);
      replace(user, claimed, now);
      claims.add(new StatusClaim(users.get(user.id()), status.get()));
    }
    return claims;
  }

  private static boolean due(ServiceStatus s, Instant now) {
    boolean timeCame = s.nextAttemptAt().map(t -> !t.isAfter(now)).orElse(true);
    return switch (s.status()) {
      case TO_DELETE -> timeCame;
      case DELETING -> s.nextAttemptAt().isPresent() && timeCame;
      case DELETED, PROTECTED -> false;
    };
  }

  @Override
  public synchronized boolean withdraw(UUID userId, String why, Instant now, Actor actor) {
    if (users.remove(userId) == null) {
      return false;
    }
    audit.append(event(now, actor, "withdrawn", userId, Optional.empty(), null, null, why));
    return true;
  }

  @Override
  public synchronized Map<ServiceName, Map<DeletionStatus, Long>> countByServiceAndStatus() {
    Map<ServiceName, Map<DeletionStatus, Long>> counts = new TreeMap<>();
    users.values().stream()
        .flatMap(u -> u.serviceStatuses().stream())
        .forEach(
            s ->
                counts
                    .computeIfAbsent(s.service(), k -> new EnumMap<>(DeletionStatus.class))
                    .merge(s.status(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized int minimizePersonalData(Instant cutoff, Instant now) {
    int count = 0;
    for (MorkUser u : List.copyOf(users.values())) {
      boolean done =
          u.fullyProcessed()
              && u.serviceStatuses().stream().allMatch(s -> s.updatedAt().isBefore(cutoff));
      if (done && !u.email().startsWith("hash:")) {
        users.put(
            u.id(),
            new MorkUser(
                u.id(),
                "hash:" + sha256(u.username()),
                u.edxUserId(),
                "hash:" + sha256(u.email()),
                u.reason(),
                u.createdAt(),
                now,
                u.serviceStatuses()));
        count++;
      }
    }
    return count;
  }

  private static String sha256(String value) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  value.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized Set<Long> erasedFromEdx(Collection<EdxUser> accounts) {
    Set<Long> erased = new java.util.HashSet<>();
    for (EdxUser account : accounts) {
      users.values().stream()
          .filter(u -> u.edxUserId() == account.id())
          .filter(
              u ->
                  u.statusIn(ServiceName.EDX)
                      .map(s -> s.status() == DeletionStatus.DELETED)
                      .orElse(false))
          .filter(u -> same(u.email(), account.email()) || same(u.username(), account.username()))
          .forEach(u -> erased.add(u.edxUserId()));
    }
    return Set.copyOf(erased);
  }

  /** A recorded value, raw or hashed by {@link #minimizePersonalData}, against a current one. */
  private static boolean same(String recorded, String current) {
    return recorded.equalsIgnoreCase(current) || recorded.equals("hash:" + sha256(current));
  }

  private static AuditEvent event(
      Instant at,
      Actor actor,
      String action,
      UUID userId,
      Optional<ServiceName> service,
      DeletionStatus from,
      DeletionStatus to,
      String detail) {
    return new AuditEvent(
        at,
        actor,
        action,
        Optional.of(userId),
        service,
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        detail);
  }
}

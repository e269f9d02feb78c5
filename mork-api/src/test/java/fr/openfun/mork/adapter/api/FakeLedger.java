package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A ledger in memory that records the last query and every actor, for the API tests. */
final class FakeLedger implements GetLedgerUseCase, UpdateStatusUseCase {
  final Map<UUID, MorkUser> users = new LinkedHashMap<>();
  final List<AuditEvent> events = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  LedgerQuery lastQuery;

  FakeLedger add(MorkUser user) {
    users.put(user.id(), user);
    return this;
  }

  @Override
  public List<MorkUser> search(LedgerQuery query) {
    lastQuery = query;
    return users.values().stream().skip(query.offset()).limit(query.limit()).toList();
  }

  @Override
  public List<MorkUser> searchFor(ServiceName consumer, LedgerQuery query) {
    calls.add("search for " + consumer);
    return search(query);
  }

  /** As GetLedgerService with edX as the gate: another service sees a user once edX erased it. */
  @Override
  public Optional<MorkUser> findFor(ServiceName consumer, UUID userId) {
    return find(userId)
        .filter(
            u ->
                consumer.equals(ServiceName.EDX)
                    || u.statusIn(ServiceName.EDX)
                        .map(s -> s.status() == DeletionStatus.DELETED)
                        .orElse(false));
  }

  @Override
  public long count(LedgerQuery query) {
    return users.size();
  }

  @Override
  public Optional<MorkUser> find(UUID userId) {
    return Optional.ofNullable(users.get(userId));
  }

  @Override
  public List<AuditEvent> history(UUID userId) {
    return events;
  }

  @Override
  public Optional<ServiceStatus> update(Command command) {
    calls.add("update " + command.status().wireName() + " by " + command.actor());
    return change(
        command.userId(),
        command.service(),
        s -> {
          if (!s.status().canMoveTo(command.status(), false)) {
            throw new IllegalStatusTransitionException(s.status(), command.status());
          }
          return new ServiceStatus(
              s.service(), command.status(), 0, Optional.empty(), Optional.empty(), Fixtures.NOW);
        });
  }

  @Override
  public Optional<ServiceStatus> retry(UUID userId, ServiceName service, Actor actor) {
    calls.add("retry by " + actor);
    return change(userId, service, s -> ServiceStatus.toDelete(service, Fixtures.NOW));
  }

  @Override
  public Optional<ServiceStatus> skip(
      UUID userId, ServiceName service, String reason, Actor actor) {
    calls.add("skip '" + reason + "' by " + actor);
    return change(
        userId,
        service,
        s ->
            new ServiceStatus(
                service,
                DeletionStatus.DELETED,
                0,
                Optional.empty(),
                Optional.empty(),
                Fixtures.NOW));
  }

  private Optional<ServiceStatus> change(
      UUID userId, ServiceName service, java.util.function.UnaryOperator<ServiceStatus> how) {
    MorkUser user = users.get(userId);
    if (user == null || user.statusIn(service).isEmpty()) {
      return Optional.empty();
    }
    ServiceStatus changed = how.apply(user.statusIn(service).get());
    List<ServiceStatus> statuses =
        user.serviceStatuses().stream()
            .map(s -> s.service().equals(service) ? changed : s)
            .toList();
    users.put(
        userId,
        new MorkUser(
            user.id(),
            user.username(),
            user.edxUserId(),
            user.email(),
            user.reason(),
            user.createdAt(),
            Instant.from(Fixtures.NOW),
            statuses));
    return Optional.of(changed);
  }
}

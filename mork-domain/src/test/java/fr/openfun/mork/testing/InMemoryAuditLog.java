package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.port.out.AuditLog;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit trail in memory. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void append(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditEvent> history(UUID userId) {
    return events.stream().filter(e -> e.userId().equals(java.util.Optional.of(userId))).toList();
  }

  public List<AuditEvent> all() {
    return List.copyOf(events);
  }
}

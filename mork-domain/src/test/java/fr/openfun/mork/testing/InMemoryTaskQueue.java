package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.TaskQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Remembers what was queued and cancelled; runs nothing. */
public final class InMemoryTaskQueue implements TaskQueue {
  private final List<UUID> queued = new ArrayList<>();
  private final List<UUID> cancelled = new ArrayList<>();

  @Override
  public synchronized void enqueue(UUID taskId) {
    queued.add(taskId);
  }

  @Override
  public synchronized void cancel(UUID taskId) {
    cancelled.add(taskId);
    queued.remove(taskId);
  }

  public synchronized List<UUID> queued() {
    return List.copyOf(queued);
  }

  public synchronized List<UUID> cancelled() {
    return List.copyOf(cancelled);
  }
}

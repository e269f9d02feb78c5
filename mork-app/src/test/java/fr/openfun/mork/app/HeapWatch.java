package fr.openfun.mork.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap seen during one benchmark run: the peak of the heap pools (garbage included) and the largest
 * heap left after any collection (what the run keeps alive), from the JVM's own MXBeans.
 */
final class HeapWatch implements AutoCloseable {
  private static final long MIB = 1024 * 1024;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final NotificationListener listener = (notification, handback) -> afterGc(notification);

  HeapWatch() {
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
  }

  private void afterGc(javax.management.Notification notification) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used =
        info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> pools.stream().anyMatch(p -> p.getName().equals(e.getKey())))
            .mapToLong(e -> e.getValue().getUsed())
            .sum();
    collections.incrementAndGet();
    maxAfterGc.accumulateAndGet(used, Math::max);
  }

  /** Peak heap in MiB (sum of the pools' peaks: an upper bound). */
  long peakMib() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MIB;
  }

  /** The largest heap left after a collection during the run, in MiB. */
  long maxAfterGcMib() {
    return maxAfterGc.get() / MIB;
  }

  long collections() {
    return collections.get();
  }

  /** Heap left after a full collection now, in MiB. */
  static long liveMib() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
  }

  @Override
  public void close() throws Exception {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).removeNotificationListener(listener);
    }
  }
}

package fr.openfun.mork.adapter.edx;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap of one benchmark run, from the JMX beans: bytes the calling thread allocated, the largest
 * heap left after any collection during the run (what the run keeps alive, plus garbage not yet
 * collected), and the sum of the heap pools' peaks (an upper bound of the heap in use).
 */
final class HeapWatch {
  private static final AtomicLong AFTER_GC = new AtomicLong();
  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  static {
    NotificationListener listener =
        (n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              n.getType())) {
            var info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            long used =
                info.getMemoryUsageAfterGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            AFTER_GC.accumulateAndGet(used, Math::max);
          }
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
  }

  /** One run: wall time, allocated bytes, largest heap after a collection, summed pool peaks. */
  record Sample(double millis, long allocated, long afterGc, long peak) {
    static final Sample NONE = new Sample(0, 0, 0, 0);

    Sample max(Sample other) {
      return new Sample(
          Math.max(millis, other.millis),
          Math.max(allocated, other.allocated),
          Math.max(afterGc, other.afterGc),
          Math.max(peak, other.peak));
    }

    @Override
    public String toString() {
      return String.format(
          "alloc %d MiB, after GC <= %d MiB, peak <= %d MiB",
          allocated >> 20, afterGc >> 20, peak >> 20);
    }
  }

  private HeapWatch() {}

  static Sample measure(Runnable run) {
    System.gc();
    try {
      Thread.sleep(50); // the notification of that collection arrives asynchronously
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    AFTER_GC.set(0);
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = threads.getCurrentThreadAllocatedBytes();
    long t = System.nanoTime();
    run.run();
    double millis = (System.nanoTime() - t) / 1e6;
    allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
    long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Sample(millis, allocated, AFTER_GC.get(), peak);
  }
}

package fr.openfun.mork.adapter.notify.mail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The timer of Angus' SMTP write timeouts ({@code mail.smtp.executor.writetimeout}), shared by the
 * connections of one transport. Angus schedules a task that closes the socket before every socket
 * write and cancels it after; its own timer (a thread per connection, cancelled tasks removed)
 * wakes that thread at every write, about five times per email. Here scheduling and cancelling only
 * add to and remove from a set; one daemon thread looks for overdue tasks every {@code tick}, so a
 * timeout fires within one tick after its deadline. The thread ends after {@link #LINGER} with
 * nothing scheduled and starts again with the next task. Only one-shot tasks are supported.
 */
final class WriteDeadlines extends AbstractExecutorService implements ScheduledExecutorService {
  static final Duration LINGER = Duration.ofMinutes(1);

  private final Set<Deadline<?>> pending = ConcurrentHashMap.newKeySet();
  private final long tick;
  private volatile boolean shutdown;
  private boolean watching; // guarded by this

  WriteDeadlines(Duration tick) {
    this.tick = Math.max(1, tick.toNanos());
  }

  /** A tenth of the timeout, at most one second, at least 10 ms. */
  static WriteDeadlines forTimeout(Duration timeout) {
    long tenth = timeout.toMillis() / 10;
    return new WriteDeadlines(Duration.ofMillis(Math.clamp(tenth, 10, 1000)));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> task, long delay, TimeUnit unit) {
    if (shutdown) {
      throw new RejectedExecutionException("write deadlines shut down");
    }
    Deadline<V> deadline = new Deadline<>(task, System.nanoTime() + unit.toNanos(delay));
    pending.add(deadline);
    synchronized (this) {
      if (!watching) {
        watching = true;
        Thread.ofPlatform().daemon().name("mork-smtp-write-deadlines").start(this::watch);
      }
    }
    return deadline;
  }

  private void watch() {
    long idleSince = System.nanoTime();
    while (true) {
      LockSupport.parkNanos(tick);
      Thread.interrupted(); // a cancel(true) of a running task: keep watching
      long now = System.nanoTime();
      for (Deadline<?> deadline : pending) {
        if (now - deadline.due >= 0 && pending.remove(deadline)) {
          deadline.run();
        }
      }
      if (!pending.isEmpty()) {
        idleSince = now;
      } else if (shutdown || now - idleSince > LINGER.toNanos()) {
        synchronized (this) {
          if (pending.isEmpty()) {
            watching = false;
            return;
          }
        }
      }
    }
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
    return schedule(Executors.callable(task), delay, unit);
  }

  @Override
  public void execute(Runnable task) {
    schedule(task, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable task, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("one-shot tasks only");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable task, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("one-shot tasks only");
  }

  @Override
  public void shutdown() {
    shutdown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutdown = true;
    pending.forEach(deadline -> deadline.cancel(false));
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && !watching;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long end = System.nanoTime() + unit.toNanos(timeout);
    while (!isTerminated()) {
      if (System.nanoTime() - end >= 0) {
        return false;
      }
      Thread.sleep(Math.max(1, tick / 1_000_000));
    }
    return true;
  }

  /** A one-shot task and its deadline on {@link System#nanoTime()}; leaves the set when done. */
  private final class Deadline<V> extends FutureTask<V> implements ScheduledFuture<V> {
    private final long due;

    Deadline(Callable<V> task, long due) {
      super(task);
      this.due = due;
    }

    @Override
    protected void done() {
      pending.remove(this);
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}

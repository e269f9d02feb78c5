package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Erases one user from one service. Implementations never throw for expected results: they answer
 * an {@link ErasureOutcome}, and leave the user either fully erased or untouched.
 */
public interface AccountEraser {

  /** The service this eraser handles. */
  ServiceName service();

  /** Erases the user; re-checks activity when the request asks to spare active users. */
  ErasureOutcome erase(ErasureRequest request);

  /** Dry run: what {@link #erase} would do, computed without changing anything. */
  ErasureOutcome preview(ErasureRequest request);

  /**
   * Erases several users, answering one outcome per request in the same order, with the same
   * guarantees per user as {@link #erase}. The default erases them one by one and, once the service
   * rejects Mork itself, answers that rejection for the rest without calling it again; an
   * implementation may share statements across users for throughput, or erase several at a time
   * with {@link #eraseConcurrently}.
   */
  default List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
    return eraseConcurrently(this, requests, 1);
  }

  /**
   * {@link #eraseAll}'s contract with up to {@code concurrency} users erased at a time by {@code
   * eraser.erase}, on threads that have ended when it returns (1: one by one on the calling
   * thread). Once an outcome is a {@link FailureKind#SERVICE_REJECTED} failure no user is started
   * any more (those in flight finish) and that rejection is answered for the users not started.
   * Interrupting the caller interrupts the users in flight and answers a transient failure for
   * those not started; an exception thrown by {@code erase} is rethrown once every thread ended.
   */
  static List<ErasureOutcome> eraseConcurrently(
      AccountEraser eraser, List<ErasureRequest> requests, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    List<ErasureRequest> todo = List.copyOf(requests);
    ErasureOutcome[] outcomes = new ErasureOutcome[todo.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<ErasureOutcome> rejection = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Runnable worker =
        () -> {
          int i;
          while (rejection.get() == null
              && thrown.get() == null
              && !Thread.currentThread().isInterrupted()
              && (i = next.getAndIncrement()) < todo.size()) {
            try {
              ErasureOutcome outcome = Objects.requireNonNull(eraser.erase(todo.get(i)), "outcome");
              outcomes[i] = outcome;
              if (outcome instanceof ErasureOutcome.Failed f
                  && f.kind() == FailureKind.SERVICE_REJECTED) {
                rejection.compareAndSet(null, outcome);
              }
            } catch (RuntimeException | Error e) {
              thrown.compareAndSet(null, e);
            }
          }
        };
    int workers = Math.min(concurrency, todo.size());
    if (workers <= 1) {
      worker.run();
    } else {
      runAndJoin(eraser.service(), worker, workers);
    }
    switch (thrown.get()) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException(t);
    }
    ErasureOutcome notStarted =
        Objects.requireNonNullElseGet(
            rejection.get(),
            () ->
                new ErasureOutcome.Failed(
                    FailureKind.TRANSIENT, eraser.service() + ": interrupted before erasing"));
    return Arrays.stream(outcomes).map(o -> o != null ? o : notStarted).toList();
  }

  /** Runs {@code worker} on {@code count} threads and waits for all; interruption is passed on. */
  private static void runAndJoin(ServiceName service, Runnable worker, int count) {
    Thread.Builder builder =
        Thread.ofPlatform()
            .daemon(Thread.currentThread().isDaemon())
            .name("mork-erase-" + service.value() + "-", 1);
    List<Thread> threads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      try {
        threads.add(builder.start(worker));
      } catch (OutOfMemoryError e) { // no native thread left: those started share the work
        if (threads.isEmpty()) {
          throw e;
        }
        break;
      }
    }
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
          threads.forEach(Thread::interrupt);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

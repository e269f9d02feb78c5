package fr.openfun.mork.adapter.edx;

import java.time.Duration;

/**
 * How many users the next erasure transaction takes, so that no transaction holds its row locks
 * much longer than a budget ({@link #DEFAULT_BUDGET}, 500 ms). A slow start: the first transaction
 * takes {@link #INITIAL} users, since nothing is known of the database yet. After a transaction
 * longer than the budget the size shrinks in proportion, aiming at half the budget (at least
 * halved, never below one user); after a full-size transaction shorter than half the budget it
 * grows by a quarter (at least one user). The requested batch (the reconciler's, {@code
 * MORK_RECONCILE_BATCH_SIZE}) is the upper bound. One sizer per eraser, shared by its calls,
 * thread-safe; the caller passes each transaction's elapsed time in, so the policy is tested
 * without timing anything.
 */
public final class BatchSizer {
  /** The default budget: half of the 1 s a transaction may hold row locks on a live LMS. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(500);

  private final long budgetNanos;

  /** The size of the first transaction. */
  public static final int INITIAL = 10;

  private static final int MAX = 100_000;

  private int size = INITIAL;
  private long longestNanos;

  public BatchSizer(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the transaction budget must be positive, was " + budget);
    }
    this.budgetNanos = budget.toNanos();
  }

  /** The size of the next transaction for a batch of {@code requested} users (1..requested). */
  public synchronized int next(int requested) {
    return Math.max(1, Math.min(size, requested));
  }

  /** Records that a transaction of {@code users} users took {@code elapsed}. */
  public synchronized void took(int users, Duration elapsed) {
    long nanos = Math.max(1, elapsed.toNanos());
    longestNanos = Math.max(longestNanos, nanos);
    if (nanos > budgetNanos) {
      long aimed = users * (budgetNanos / 2) / nanos;
      size = (int) Math.max(1, Math.min(users / 2, aimed));
    } else if (nanos < budgetNanos / 2 && users >= size) {
      size = Math.min(MAX, size + Math.max(1, size / 4));
    }
  }

  /** The longest transaction recorded so far (for reports). */
  public synchronized Duration longest() {
    return Duration.ofNanos(longestNanos);
  }
}

package fr.openfun.mork.adapter.edx;

import java.time.Duration;

/**
 * How many users the next erasure transaction takes, so that no transaction holds its row locks
 * much longer than a budget ({@code MORK_EDX_ERASE_TRANSACTION_BUDGET}, 500 ms by default): the
 * size starts at the requested batch and, after a transaction longer than the budget, shrinks in
 * proportion to aim at half the budget (at least halved, never below one user); after a transaction
 * shorter than half the budget it grows back by a quarter (at least one user), up to the requested
 * batch. Shared by the eraser's calls, thread-safe; the clock is the caller's (the elapsed time of
 * each transaction is passed in), so the policy is tested without timing.
 */
public final class BatchSizer {
  /** The default budget: half of the 1 s a transaction may hold row locks on a live LMS. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(500);

  private final long budgetNanos;
  private int size = Integer.MAX_VALUE;

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
    if (nanos > budgetNanos) {
      long aimed = users * (budgetNanos / 2) / nanos;
      size = (int) Math.max(1, Math.min(users / 2, aimed));
    } else if (nanos < budgetNanos / 2 && size != Integer.MAX_VALUE) {
      size = size + Math.max(1, size / 4);
    }
  }

  /** The current cap (for reports): {@link Integer#MAX_VALUE} until a transaction overran. */
  public synchronized int cap() {
    return size;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Erasure part of the benchmarks ({@link EdxBenchmark} on the edX-like schema, {@link
 * LmsErasureBenchmark} on the real LMS schema): batched ({@code eraseBatch}) against hand-written
 * set-based SQL ({@link HandWrittenErasure}, one transaction per batch, foreign-key checks on) on
 * disjoint sets of inactive users of the same tables, measured in rounds: each round erases one
 * batch with each, in alternating order, so that both see the same table state and machine load;
 * the first rounds only warm up. Then three batches' worth of users one by one. Checks that the
 * baseline writes exactly the plan's edges, and that no row of any erased user is left.
 */
final class ErasureBenchmark {
  private final TestMariaDb db;
  private final JooqEdxAccountEraser eraser;
  private final JooqEdxAccountEraser adaptive;
  private final BatchSizer sizer = new BatchSizer(BatchSizer.DEFAULT_BUDGET);
  private final DeletionPlan plan;
  private final HandWrittenErasure baseline;
  private final Function<List<Long>, Map<String, Long>> remaining;
  private final long retired;
  private double lastLongestUser;

  /** On the edX-like schema seeded by {@link BenchmarkSeeder}. */
  ErasureBenchmark(TestMariaDb db, EdxDatabase database) {
    this(
        db,
        database,
        new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK),
        HandWrittenErasure.load("edx/edx-like-handwritten-erasure.sql"),
        BenchmarkSeeder.remaining(db));
  }

  ErasureBenchmark(
      TestMariaDb db,
      EdxDatabase database,
      JooqErasurePlanner planner,
      HandWrittenErasure baseline,
      Function<List<Long>, Map<String, Long>> remaining) {
    this.db = db;
    this.eraser = new JooqEdxAccountEraser(database, planner);
    this.adaptive =
        new JooqEdxAccountEraser(
            database,
            planner,
            RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME),
            sizer);
    this.plan = planner.plan();
    this.baseline = baseline;
    this.remaining = remaining;
    this.retired =
        RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME).ensure(database.primary());
    Set<String> coverage = baseline.coverage(plan);
    if (!coverage.isEmpty()) {
      throw new IllegalStateException("the baseline does not write the plan's edges: " + coverage);
    }
  }

  /** Erases {@code rounds} (plus {@code warmup}) batches of {@code batch} users per method. */
  void run(List<Long> inactive, int batch, int warmup, int rounds) throws Exception {
    BenchStats one = new BenchStats();
    BenchStats batched = new BenchStats();
    BenchStats manual = new BenchStats();
    BenchStats ratio = new BenchStats();
    double longestOne = 0;
    double longestBatched = 0;
    double longestManual = 0;
    int next = 0;
    List<Long> erased = new ArrayList<>();
    List<Long> erasedByHand = new ArrayList<>();
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      for (int round = 0; round < warmup + rounds; round++) {
        List<Long> b = inactive.subList(next, next + batch);
        List<Long> m = inactive.subList(next + batch, next + 2 * batch);
        next += 2 * batch;
        double batchedMs;
        double manualMs;
        if (round % 2 == 0) {
          batchedMs = batched(b);
          manualMs = manual(c, m);
        } else {
          manualMs = manual(c, m);
          batchedMs = batched(b);
        }
        erased.addAll(b);
        erasedByHand.addAll(m);
        if (round >= warmup) {
          batched.add(batch / batchedMs * 1000);
          manual.add(batch / manualMs * 1000);
          ratio.add(manualMs / batchedMs);
        }
        longestBatched = Math.max(longestBatched, batchedMs);
        longestManual = Math.max(longestManual, manualMs);
      }
    }
    for (int round = 0; round < 3; round++) {
      List<Long> ids = inactive.subList(next, next + batch);
      one.add(batch / oneByOne(ids) * 1000);
      erased.addAll(ids);
      longestOne = Math.max(longestOne, lastLongestUser);
      next += batch;
    }
    List<Long> rest = inactive.subList(next, next + 3 * batch);
    long t = System.nanoTime();
    List<ErasureOutcome> outcomes =
        adaptive.eraseAll(rest.stream().map(EdxLikeFixture::request).toList());
    double adaptiveMs = (System.nanoTime() - t) / 1e6;
    if (!outcomes.stream().allMatch(ErasureOutcome.Erased.class::isInstance)) {
      throw new IllegalStateException("eraseAll left users: " + outcomes);
    }
    erased.addAll(rest);
    next += 3 * batch;
    System.out.printf(
        "| eraseAll of %d users (adaptive batches, budget %d ms) | %.0f users/s | longest"
            + " transaction %d ms, batch size at the end %d |%n",
        rest.size(),
        BatchSizer.DEFAULT_BUDGET.toMillis(),
        rest.size() / adaptiveMs * 1000,
        sizer.longest().toMillis(),
        sizer.next(batch));
    System.out.printf(
        "| erase one by one | %s users/s | longest transaction %.0f ms |%n",
        one.format("%.0f"), longestOne);
    System.out.printf(
        "| erase batched by %d | %s users/s | longest transaction %.0f ms |%n",
        batch, batched.format("%.0f"), longestBatched);
    System.out.printf(
        "| hand-written SQL by %d (%d statements) | %s users/s | longest transaction %.0f ms |%n",
        batch, baseline.size(), manual.format("%.0f"), longestManual);
    System.out.printf(
        "| batched / hand-written (per round) | %s | %d rounds of %d users |%n",
        ratio.format("%.2f"), rounds, batch);
    System.out.printf(
        "| one by one / batched (medians) | %.2f | |%n", one.median() / batched.median());
    System.out.println("rows left of the users erased by Mork: " + remaining.apply(erased));
    System.out.println(
        "rows left of the users erased by the hand-written SQL: " + remaining.apply(erasedByHand));
  }

  private double oneByOne(List<Long> ids) {
    lastLongestUser = 0;
    long t = System.nanoTime();
    for (long id : ids) {
      long s = System.nanoTime();
      if (!(eraser.erase(EdxLikeFixture.request(id)) instanceof ErasureOutcome.Erased)) {
        throw new IllegalStateException("user " + id + " not erased");
      }
      lastLongestUser = Math.max(lastLongestUser, (System.nanoTime() - s) / 1e6);
    }
    return (System.nanoTime() - t) / 1e6;
  }

  private double batched(List<Long> ids) {
    long t = System.nanoTime();
    List<ErasureRequest> requests = ids.stream().map(EdxLikeFixture::request).toList();
    BatchErasure result = eraser.eraseBatch(requests);
    if (result.fellBack()
        || !result.outcomes().values().stream().allMatch(ErasureOutcome.Erased.class::isInstance)) {
      throw new IllegalStateException("batch fell back or left users: " + result.outcomes());
    }
    return (System.nanoTime() - t) / 1e6;
  }

  private double manual(Connection c, List<Long> ids) throws Exception {
    long t = System.nanoTime();
    try (Statement st = c.createStatement()) {
      for (String sql : baseline.forUsers(ids, retired)) {
        st.executeUpdate(sql);
      }
    }
    c.commit();
    return (System.nanoTime() - t) / 1e6;
  }

  static List<Long> ids(List<fr.openfun.mork.domain.model.EdxUser> users) {
    List<Long> ids = new ArrayList<>();
    users.forEach(u -> ids.add(u.id()));
    return ids;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Erasure part of {@link EdxBenchmark}: batched ({@code eraseBatch}) and hand-written set-based SQL
 * on disjoint sets of inactive users of the same table, measured in rounds: each round erases one
 * batch with each, in alternating order, so that both see the same table state and machine load;
 * the first rounds only warm up. Then three batches' worth of users one by one.
 */
final class ErasureBenchmark {
  private final TestMariaDb db;
  private final JooqEdxAccountEraser eraser;
  private double lastLongestUser;

  ErasureBenchmark(TestMariaDb db, EdxDatabase database) {
    this.db = db;
    JooqErasurePlanner planner =
        new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK);
    this.eraser = new JooqEdxAccountEraser(database, planner);
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
        if (round >= warmup) {
          batched.add(batch / batchedMs * 1000);
          manual.add(batch / manualMs * 1000);
          ratio.add(manualMs / batchedMs);
          longestBatched = Math.max(longestBatched, batchedMs);
          longestManual = Math.max(longestManual, manualMs);
        }
      }
    }
    for (int round = 0; round < 3; round++) {
      one.add(batch / oneByOne(inactive.subList(next, next + batch)) * 1000);
      longestOne = Math.max(longestOne, lastLongestUser);
      next += batch;
    }
    System.out.printf(
        "| erase one by one | %s users/s | longest transaction %.0f ms |%n",
        one.format("%.0f"), longestOne);
    System.out.printf(
        "| erase batched by %d | %s users/s | longest transaction %.0f ms |%n",
        batch, batched.format("%.0f"), longestBatched);
    System.out.printf(
        "| hand-written SQL by %d | %s users/s | longest transaction %.0f ms |%n",
        batch, manual.format("%.0f"), longestManual);
    System.out.printf(
        "| batched / hand-written (per round) | %s | %d rounds of %d users |%n",
        ratio.format("%.2f"), rounds, batch);
    long left =
        db.count(
            "SELECT count(*) FROM auth_user WHERE id IN ("
                + inactive.subList(0, next).stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(","))
                + ")");
    System.out.println("users left among the erased: " + left);
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

  private static double manual(Connection c, List<Long> ids) throws Exception {
    long t = System.nanoTime();
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (Statement st = c.createStatement()) {
      for (String sql : BenchmarkSeeder.handWrittenErasure(list)) {
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

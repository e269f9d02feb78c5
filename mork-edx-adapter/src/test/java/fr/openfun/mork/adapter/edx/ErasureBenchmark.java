package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Erasure part of {@link EdxBenchmark}: one by one, batched ({@code eraseBatch}) and hand-written
 * set-based SQL on disjoint sets of inactive users of the same table. Measured in rounds: each
 * round erases one batch with each method, in a rotating order, so that the three methods see the
 * same table state and the same machine load; the first rounds only warm up.
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
        List<Long> a = inactive.subList(next, next + batch);
        List<Long> b = inactive.subList(next + batch, next + 2 * batch);
        List<Long> m = inactive.subList(next + 2 * batch, next + 3 * batch);
        next += 3 * batch;
        double[] ms = new double[3];
        for (int k = 0; k < 3; k++) {
          int method = (round + k) % 3;
          ms[method] =
              switch (method) {
                case 0 -> oneByOne(a);
                case 1 -> batched(b);
                default -> manual(c, m);
              };
        }
        if (round >= warmup) {
          one.add(batch / ms[0] * 1000);
          batched.add(batch / ms[1] * 1000);
          manual.add(batch / ms[2] * 1000);
          ratio.add(ms[2] / ms[1]);
          longestOne = Math.max(longestOne, lastLongestUser);
          longestBatched = Math.max(longestBatched, ms[1]);
          longestManual = Math.max(longestManual, ms[2]);
        }
      }
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

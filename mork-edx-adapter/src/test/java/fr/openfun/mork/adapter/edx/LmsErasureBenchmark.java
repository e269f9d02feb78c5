package fr.openfun.mork.adapter.edx;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark harness (not a test): erasure on the real Open edX LMS schema (Dogwood dump, 258
 * tables) with a realistic population ({@link LmsPopulation}), batched and one by one against the
 * hand-written SQL of {@code edx/lms-handwritten-erasure.sql} ({@link ErasureBenchmark}).
 * Arguments: {@code --users=50000 --warmup=2 --batch=100 --rounds=10}; the inactive users erased
 * are taken evenly across the id range. See docs/performance.md.
 */
final class LmsErasureBenchmark {
  private LmsErasureBenchmark() {}

  public static void main(String[] args) throws Exception {
    int users = EdxBenchmark.arg(args, "users", 50_000);
    int warmup = EdxBenchmark.arg(args, "warmup", 2);
    int batch = EdxBenchmark.arg(args, "batch", 100);
    int rounds = EdxBenchmark.arg(args, "rounds", 10);
    String dump = LmsSchemaFile.fromEnvironment().require().toString();
    int needed = batch * (2 * (warmup + rounds) + 6);
    if (needed > users / 10) {
      throw new IllegalArgumentException(
          "--users=" + users + " has " + users / 10 + " inactive users, the runs need " + needed);
    }
    try (TestMariaDb db = TestMariaDb.create("mork_lms_bench").load(dump);
        EdxDatabase database = new EdxDatabase(db.settings())) {
      LmsPopulation population = new LmsPopulation(db);
      long t = System.nanoTime();
      population.seed(1, users);
      long rows = population.dependentRows();
      System.out.printf(
          "seeded %d users and %d dependent rows (real LMS schema) in %.1f s%n",
          users, rows, (System.nanoTime() - t) / 1e9);
      JooqErasurePlanner planner =
          new JooqErasurePlanner(database, ErasureRules.defaults(), EdxLikeFixture.CLOCK);
      ErasureBenchmark bench =
          new ErasureBenchmark(
              db,
              database,
              planner,
              HandWrittenErasure.load("edx/lms-handwritten-erasure.sql"),
              population::remaining);
      bench.run(spread(users, needed), batch, warmup, rounds);
    }
  }

  /**
   * {@code n} inactive users (ids {@code i % 10 == 0}) spread over the whole id range, shuffled in
   * a fixed order so that consecutive batches do not touch neighbouring index pages.
   */
  static List<Long> spread(int users, int n) {
    int inactive = users / 10;
    List<Long> ids = new ArrayList<>(n);
    int step = inactive / n;
    for (int k = 0; k < n; k++) {
      ids.add(10L * (1 + (long) k * step));
    }
    java.util.Collections.shuffle(ids, new java.util.Random(42));
    return ids;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.EdxUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark harness (not a test): seeds the edX-like schema with realistic rows, then measures the
 * inactivity scan against a raw JDBC streaming SELECT at two sizes, and erasure one by one, batched
 * and by hand-written set-based SQL ({@link ErasureBenchmark}). See docs/performance.md for the
 * command and the numbers. Arguments: {@code --users=200000 --small=20000 --runs=9 --warmup=3
 * --batch=100 --rounds=20}.
 */
final class EdxBenchmark {
  private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");

  private EdxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int users = arg(args, "users", 200_000);
    int small = arg(args, "small", 20_000);
    int runs = arg(args, "runs", 9);
    int warmup = arg(args, "warmup", 3);
    int batch = arg(args, "batch", 100);
    int rounds = arg(args, "rounds", 20);
    try (TestMariaDb db = TestMariaDb.create("mork_edx_bench").load("edx/edx-like-schema.sql");
        EdxDatabase database = new EdxDatabase(db.settings())) {
      BenchmarkSeeder seeder = new BenchmarkSeeder(db);
      long t = System.nanoTime();
      seeder.seed(1, small);
      report("seed " + small + " users (" + BenchmarkSeeder.ROWS_PER_USER + " rows each)", t);
      scans(database, small, warmup, runs);
      t = System.nanoTime();
      seeder.seed(small + 1, users);
      report("seed up to " + users + " users", t);
      scans(database, users, warmup, runs);
      List<EdxUser> inactive =
          new JooqEdxUserDirectory(database)
              .findInactive(CUTOFF, 0, batch * (2 * (warmup + rounds) + 6));
      new ErasureBenchmark(db, database).run(ErasureBenchmark.ids(inactive), batch, warmup, rounds);
    }
  }

  /** Warm-up runs, then measured runs alternating which of the two goes first. */
  private static void scans(EdxDatabase database, int users, int warmup, int runs)
      throws Exception {
    JooqEdxUserDirectory directory = new JooqEdxUserDirectory(database);
    for (int pageSize : new int[] {1000, 5000}) {
      BenchStats scan = new BenchStats();
      BenchStats raw = new BenchStats();
      BenchStats ratio = new BenchStats();
      long heap = 0;
      int found = 0;
      for (int run = 0; run < warmup + runs; run++) {
        double s;
        double r;
        if (run % 2 == 0) {
          s = scan(directory, pageSize);
          r = raw(database);
        } else {
          r = raw(database);
          s = scan(directory, pageSize);
        }
        if (run >= warmup) {
          scan.add(s);
          raw.add(r);
          ratio.add(s / r);
        }
        heap = Math.max(heap, lastHeapGrowth);
        found = lastCount;
      }
      System.out.printf(
          "| %d users | page %d | %d inactive | scan %s ms | raw JDBC %s ms | ratio %s |"
              + " heap growth <= %d MiB |%n",
          users,
          pageSize,
          found,
          scan.format("%.0f"),
          raw.format("%.0f"),
          ratio.format("%.2f"),
          heap >> 20);
    }
  }

  private static long lastHeapGrowth;
  private static int lastCount;

  private static double scan(JooqEdxUserDirectory directory, int pageSize) {
    System.gc();
    long before = used();
    long t = System.nanoTime();
    long after = 0;
    int n = 0;
    long peak = 0;
    while (true) {
      List<EdxUser> page = directory.findInactive(CUTOFF, after, pageSize);
      n += page.size();
      peak = Math.max(peak, used() - before);
      if (page.size() < pageSize) {
        break;
      }
      after = page.get(page.size() - 1).id();
    }
    double ms = (System.nanoTime() - t) / 1e6;
    lastHeapGrowth = peak;
    lastCount = n;
    return ms;
  }

  /**
   * The same rows and columns in one streaming query, mapped to the same {@link EdxUser}s, on a
   * connection of the same pool.
   */
  private static double raw(EdxDatabase database) throws Exception {
    System.gc();
    long t = System.nanoTime();
    List<EdxUser> users = new ArrayList<>();
    try (Connection c = database.primaryDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, username, email, last_login, date_joined, is_active, is_staff,"
                    + " is_superuser FROM auth_user WHERE last_login <= ?"
                    + " OR (last_login IS NULL AND date_joined <= ?) ORDER BY id")) {
      ps.setFetchSize(1000);
      ps.setString(1, "2020-01-01 00:00:00");
      ps.setString(2, "2020-01-01 00:00:00");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp last = rs.getTimestamp(4);
          users.add(
              new EdxUser(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  Optional.ofNullable(last).map(Timestamp::toInstant),
                  rs.getTimestamp(5).toInstant(),
                  rs.getBoolean(6),
                  rs.getBoolean(7),
                  rs.getBoolean(8)));
        }
      }
    }
    if (users.size() != lastCount) {
      throw new IllegalStateException("raw " + users.size() + " rows, scan " + lastCount);
    }
    return (System.nanoTime() - t) / 1e6;
  }

  private static void report(String what, long t) {
    System.out.printf("%s in %.1f s%n", what, (System.nanoTime() - t) / 1e9);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  static int arg(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 3));
      }
    }
    return fallback;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Benchmark harness (not a test): seeds the edX-like schema with realistic rows, then measures the
 * inactivity scan against a raw JDBC streaming SELECT at two sizes, and erasure one by one, batched
 * and by hand-written set-based SQL. See docs/performance.md for the command and the numbers.
 * Arguments: {@code --users=200000 --small=20000 --erase=1000 --batch=100}.
 */
final class EdxBenchmark {
  private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");

  private EdxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int users = arg(args, "users", 200_000);
    int small = arg(args, "small", 20_000);
    int erase = arg(args, "erase", 1_000);
    int batch = arg(args, "batch", 100);
    try (TestMariaDb db = TestMariaDb.create("mork_edx_bench").load("edx/edx-like-schema.sql");
        EdxDatabase database = new EdxDatabase(db.settings())) {
      BenchmarkSeeder seeder = new BenchmarkSeeder(db);
      long t = System.nanoTime();
      seeder.seed(1, small);
      report(
          "seed " + small + " users (" + BenchmarkSeeder.ROWS_PER_USER + " related rows each)", t);
      scans(db, database, small);
      t = System.nanoTime();
      seeder.seed(small + 1, users);
      report("seed up to " + users + " users", t);
      scans(db, database, users);
      erasures(db, database, erase, batch);
    }
  }

  private static void scans(TestMariaDb db, EdxDatabase database, int users) throws Exception {
    JooqEdxUserDirectory directory = new JooqEdxUserDirectory(database);
    for (int run = 0; run < 6; run++) {
      int pageSize = run < 3 ? 1000 : 5000;
      System.gc();
      long before = used();
      long peak = 0;
      long t = System.nanoTime();
      long after = 0;
      int n = 0;
      while (true) {
        List<EdxUser> page = directory.findInactive(CUTOFF, after, pageSize);
        n += page.size();
        peak = Math.max(peak, used() - before);
        if (page.size() < pageSize) {
          break;
        }
        after = page.get(page.size() - 1).id();
      }
      double scan = ms(t);
      t = System.nanoTime();
      int raw = rawScan(db);
      double rawMs = ms(t);
      System.out.printf(
          "| %d users | page %d | scan %d inactive: %.0f ms | raw JDBC %d: %.0f ms | ratio %.2f | heap growth <= %d MiB |%n",
          users, pageSize, n, scan, raw, rawMs, scan / rawMs, peak >> 20);
    }
  }

  private static int rawScan(TestMariaDb db) throws Exception {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, username, email, last_login, date_joined, is_active, is_staff, is_superuser"
                    + " FROM auth_user WHERE last_login <= ? OR (last_login IS NULL AND date_joined <= ?)"
                    + " ORDER BY id")) {
      ps.setFetchSize(1000);
      ps.setString(1, "2020-01-01 00:00:00");
      ps.setString(2, "2020-01-01 00:00:00");
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
          rs.getString(2);
          rs.getString(3);
          rs.getTimestamp(4);
          rs.getTimestamp(5);
          n++;
        }
      }
      return n;
    }
  }

  private static void erasures(TestMariaDb db, EdxDatabase database, int erase, int batch)
      throws Exception {
    JooqErasurePlanner planner =
        new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK);
    JooqEdxAccountEraser eraser = new JooqEdxAccountEraser(database, planner);
    List<Long> inactive = new ArrayList<>();
    for (EdxUser u : new JooqEdxUserDirectory(database).findInactive(CUTOFF, 0, erase * 3)) {
      inactive.add(u.id());
    }
    List<Long> one = inactive.subList(0, erase);
    List<Long> batched = inactive.subList(erase, 2 * erase);
    List<Long> manual = inactive.subList(2 * erase, 3 * erase);

    long longest = 0;
    long t = System.nanoTime();
    for (long id : one) {
      long s = System.nanoTime();
      if (!(eraser.erase(EdxLikeFixture.request(id)) instanceof ErasureOutcome.Erased)) {
        throw new IllegalStateException("user " + id + " not erased");
      }
      longest = Math.max(longest, System.nanoTime() - s);
    }
    rate("one by one", erase, t, longest);

    longest = 0;
    t = System.nanoTime();
    for (List<Long> chunk : chunks(batched, batch)) {
      long s = System.nanoTime();
      List<ErasureRequest> requests = chunk.stream().map(EdxLikeFixture::request).toList();
      BatchErasure result = eraser.eraseBatch(requests);
      if (result.fellBack()) {
        throw new IllegalStateException("batch fell back");
      }
      longest = Math.max(longest, System.nanoTime() - s);
    }
    rate("batched by " + batch, erase, t, longest);

    longest = 0;
    t = System.nanoTime();
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      for (List<Long> chunk : chunks(manual, batch)) {
        long s = System.nanoTime();
        String ids = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Statement st = c.createStatement()) {
          for (String sql : BenchmarkSeeder.handWrittenErasure(ids)) {
            st.executeUpdate(sql);
          }
        }
        c.commit();
        longest = Math.max(longest, System.nanoTime() - s);
      }
    }
    rate("hand-written set-based SQL, by " + batch, erase, t, longest);
    long left =
        db.count(
            "SELECT count(*) FROM auth_user WHERE id IN ("
                + inactive.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")");
    System.out.println("users left among the erased: " + left);
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }

  private static void rate(String what, int users, long t, long longest) {
    double seconds = (System.nanoTime() - t) / 1e9;
    System.out.printf(
        "| erase %s | %d users | %.1f s | %.0f users/s | longest transaction %.0f ms |%n",
        what, users, seconds, users / seconds, longest / 1e6);
  }

  private static void report(String what, long t) {
    System.out.printf("%s in %.1f s%n", what, (System.nanoTime() - t) / 1e9);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static double ms(long t) {
    return (System.nanoTime() - t) / 1e6;
  }

  private static int arg(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 3));
      }
    }
    return fallback;
  }
}

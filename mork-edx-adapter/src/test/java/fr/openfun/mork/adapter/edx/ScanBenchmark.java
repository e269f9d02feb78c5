package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.EdxUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Benchmark harness (not a test): the inactivity scan with the default page ({@link
 * EdxDatabaseSettings#DEFAULT_BATCH_SIZE}, and the other {@code --pages}) against one raw JDBC
 * streaming SELECT of the same rows and columns mapped to the same {@link EdxUser}s, at growing
 * sizes of one {@code auth_user} (one user in ten inactive), with the heap each scan allocates and
 * the most it keeps. Run under {@code -Xmx256m}. Arguments: {@code --sizes=100000,1000000
 * --pages=1000,5000,10000 --runs=21 --warmup=2}. See docs/performance.md.
 */
final class ScanBenchmark {
  private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");
  private static final String RAW =
      "SELECT id, username, email, last_login, date_joined, is_active, is_staff, is_superuser"
          + " FROM auth_user WHERE last_login <= ? OR (last_login IS NULL AND date_joined <= ?)"
          + " ORDER BY id";

  private static ServerThreadCpu server;

  private ScanBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = ints(args, "sizes", "100000,1000000");
    int def = EdxDatabaseSettings.DEFAULT_BATCH_SIZE;
    int[] pages = ints(args, "pages", def + ",1000,5000,10000");
    // the default configuration is always measured, first; --pages adds others
    pages = IntStream.concat(IntStream.of(def), Arrays.stream(pages)).distinct().toArray();
    int runs = EdxBenchmark.arg(args, "runs", 21);
    int warmup = EdxBenchmark.arg(args, "warmup", 2);
    System.out.printf(
        "scan harness: default page %d, max heap %d MiB%n",
        def, Runtime.getRuntime().maxMemory() >> 20);
    try (TestMariaDb db = TestMariaDb.create("mork_scan_bench").load("edx/edx-like-schema.sql");
        EdxDatabase database = new EdxDatabase(db.settings())) {
      JooqEdxUserDirectory directory = new JooqEdxUserDirectory(database);
      server = ServerThreadCpu.find(database.primaryDataSource());
      System.out.println(
          server == null
              ? "server CPU: not measured (no local MariaDB thread found)"
              : "server CPU: the connection's MariaDB thread (" + server + ")");
      int seeded = 0;
      for (int size : sizes) {
        long t = System.nanoTime();
        seed(db, seeded + 1, size);
        seeded = size;
        System.out.printf("seeded %d users in %.1f s%n", size, (System.nanoTime() - t) / 1e9);
        db.execute("ANALYZE TABLE auth_user");
        for (int page : pages) {
          measure(database, directory, size, page, page == def, warmup, runs);
        }
      }
    }
  }

  /** Users {@code from..to}, one in ten inactive since 2015, in one server-side statement. */
  static void seed(TestMariaDb db, int from, int to) {
    db.execute(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined)"
            + " SELECT seq, 'x', IF(seq % 10 = 0, '2015-06-01', '2025-06-01'), 0,"
            + " CONCAT('user', seq), 'F', 'L', CONCAT('user', seq, '@example.org'), 0, 1,"
            + " '2012-01-01' FROM seq_"
            + from
            + "_to_"
            + to);
  }

  private static void measure(
      EdxDatabase database,
      JooqEdxUserDirectory directory,
      int size,
      int page,
      boolean isDefault,
      int warmup,
      int runs)
      throws Exception {
    BenchStats scan = new BenchStats();
    BenchStats raw = new BenchStats();
    BenchStats ratio = new BenchStats();
    BenchStats scanCpu = new BenchStats();
    BenchStats rawCpu = new BenchStats();
    BenchStats scanServer = new BenchStats();
    BenchStats rawServer = new BenchStats();
    BenchStats cpuRatio = new BenchStats();
    HeapWatch.Sample scanHeap = HeapWatch.Sample.NONE;
    HeapWatch.Sample rawHeap = HeapWatch.Sample.NONE;
    long found = -1;
    for (int run = 0; run < warmup + runs; run++) {
      Tally s = new Tally();
      Tally r = new Tally();
      HeapWatch.Sample hs;
      HeapWatch.Sample hr;
      if (run % 2 == 0) {
        hs = HeapWatch.measure(() -> cpu(s, () -> pages(directory, page, s)));
        hr = HeapWatch.measure(() -> cpu(r, () -> raw(database, r)));
      } else {
        hr = HeapWatch.measure(() -> cpu(r, () -> raw(database, r)));
        hs = HeapWatch.measure(() -> cpu(s, () -> pages(directory, page, s)));
      }
      if (s.count != r.count || s.idSum != r.idSum) {
        throw new IllegalStateException("scan read " + s.count + " users, raw " + r.count);
      }
      found = s.count;
      if (run >= warmup) {
        scan.add(hs.millis());
        raw.add(hr.millis());
        ratio.add(hs.millis() / hr.millis());
        scanCpu.add(s.cpu);
        rawCpu.add(r.cpu);
        scanServer.add(s.server);
        rawServer.add(r.server);
        cpuRatio.add((s.cpu + s.server) / (r.cpu + r.server));
        scanHeap = scanHeap.max(hs);
        rawHeap = rawHeap.max(hr);
      }
    }
    System.out.printf(
        "| %d users | page %d%s | %d inactive | scan %s ms | raw %s ms | scan/raw %s |"
            + " client CPU scan %s ms, raw %s ms | server CPU scan %s ms, raw %s ms |"
            + " CPU scan/raw %s | scan: %s | raw: %s |%n",
        size,
        page,
        isDefault ? " (default)" : "",
        found,
        scan.format("%.0f"),
        raw.format("%.0f"),
        ratio.format("%.2f"),
        scanCpu.format("%.0f"),
        rawCpu.format("%.0f"),
        scanServer.format("%.0f"),
        rawServer.format("%.0f"),
        cpuRatio.format("%.2f"),
        scanHeap,
        rawHeap);
  }

  /** What both sides do with each user: count it and sum its id (nothing kept). */
  private static final class Tally implements Consumer<EdxUser> {
    long count;
    long idSum;
    double cpu;
    double server;

    @Override
    public void accept(EdxUser user) {
      count++;
      idSum += user.id();
    }
  }

  /** CPU milliseconds of the calling thread (driver, mapping) and of the server's thread. */
  private static void cpu(Tally tally, Runnable work) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadCpuTime();
    long serverBefore = server == null ? 0 : server.nanos();
    work.run();
    tally.cpu = (threads.getCurrentThreadCpuTime() - before) / 1e6;
    tally.server = server == null ? 0 : (server.nanos() - serverBefore) / 1e6;
  }

  private static void pages(JooqEdxUserDirectory directory, int pageSize, Tally tally) {
    long after = 0;
    while (true) {
      List<EdxUser> page = directory.findInactive(CUTOFF, after, pageSize);
      page.forEach(tally);
      if (page.size() < pageSize) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /** One streaming query on a connection of the same pool, mapped to the same records. */
  private static void raw(EdxDatabase database, Tally tally) {
    try (Connection c = database.primaryDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(RAW)) {
      ps.setFetchSize(1000);
      ps.setString(1, "2020-01-01 00:00:00");
      ps.setString(2, "2020-01-01 00:00:00");
      try (ResultSet rs = ps.executeQuery()) {
        // the scan's mapping (AuthUser.readAll), row by row: nothing kept
        while (rs.next()) {
          LocalDateTime last = rs.getObject(4, LocalDateTime.class);
          tally.accept(
              new EdxUser(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  last == null ? Optional.empty() : Optional.of(last.toInstant(ZoneOffset.UTC)),
                  rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                  rs.getBoolean(6),
                  rs.getBoolean(7),
                  rs.getBoolean(8)));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] ints(String[] args, String name, String fallback) {
    String value = fallback;
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        value = a.substring(name.length() + 3);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (String part : value.split(",")) {
      out.add(Integer.parseInt(part.trim()));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}

package fr.openfun.mork.app.bench;

import fr.openfun.mork.app.MorkApplication;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.logging.LogbackSetup;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The API under load (a harness, not a test): a Flyway-migrated PostgreSQL store seeded with {@code
 * --users} ledger users and four services, the real Mork wiring serving it in API mode, and each
 * call driven open-loop at a fixed rate, against the same statements run straight through JDBC at
 * the same rate, alternating. Then the no-lost-update checks. See docs/performance.md.
 */
public final class ApiBenchmark {
  static final String KEY = "bench-admin-key-0123456789abcdef";

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int users = Integer.parseInt(opts.getOrDefault("users", "200000"));
    Duration run = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("seconds", "8")));
    Duration warmup = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("warmup", "3")));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "2"));
    int searchRate = Integer.parseInt(opts.getOrDefault("search-rate", "200"));
    int getRate = Integer.parseInt(opts.getOrDefault("get-rate", "500"));
    int patchRate = Integer.parseInt(opts.getOrDefault("patch-rate", "1000"));
    try (BenchLedger ledger = new BenchLedger(users).create()) {
      Thread dropOnKill = new Thread(() -> ledger.dropQuietly());
      Runtime.getRuntime().addShutdownHook(dropOnKill);
      System.out.printf(
          "seeded %d users x 4 services in %.1f s (database %s)%n",
          users, ledger.seed(), ledger.name);
      explain(ledger);
      List<UUID> all = ledger.ids("edx", "deleted", 200_000);
      List<UUID> ashley = ledger.ids("ashley", "to_delete", 50_000);
      List<UUID> sarbacane = ledger.ids("sarbacane", "to_delete", 1_000);
      Path data = Files.createTempDirectory("mork-api-bench");
      int port = freePort();
      MorkConfig config = MorkConfigLoader.load(environment(ledger, data, port));
      LogbackSetup.apply(config.observability());
      MorkApplication app = new MorkApplication(config, Clock.systemUTC());
      try (app;
          JdbcLedger jdbc = new JdbcLedger(ledger.url(), config.store().poolSize());
          ApiClient api = new ApiClient(port, KEY)) {
        app.lifecycle().start(RunMode.API);
        System.out.printf(
            "search answer: %d bytes for 1000 users%n",
            api.bytes("/v1/users?service=joanie&deletion_status=to_delete&limit=1000"));
        String search = "/v1/users?service=joanie&deletion_status=to_delete&limit=1000";
        Scenario[] scenarios = {
          new Scenario(
              "GET /v1/users?service=joanie...",
              searchRate,
              searchRate >= 200 ? 50 : -1,
              i -> () -> api.get(search, 1000),
              i -> () -> jdbc.search("joanie", "to_delete", 1000) == 1000),
          new Scenario(
              "GET /v1/users/{id}",
              getRate,
              getRate >= 500 ? 10 : -1,
              i -> () -> api.get("/v1/users/" + pick(all, i), 1),
              i -> () -> jdbc.find(pick(all, i))),
          new Scenario(
              "PATCH /v1/users/{id}/status/ashley",
              patchRate,
              patchRate >= 1000 ? 0 : -1,
              i -> () -> api.patch(pick(ashley, i), "ashley", target(i)),
              i -> () -> jdbc.patch(pick(ashley, i), "ashley", target(i)))
        };
        for (Scenario s : scenarios) {
          s.run(warmup, run, rounds);
        }
        new LostUpdateCheck(api, ledger).run(sarbacane);
      }
    }
    LogbackSetup.drain();
    System.exit(0);
  }

  private record Scenario(
      String name,
      int rate,
      double p99TargetMs,
      LongFunction<OpenLoop.Call> api,
      LongFunction<OpenLoop.Call> jdbc) {
    void run(Duration warmup, Duration run, int rounds) throws InterruptedException {
      System.out.printf("== %s at %d req/s%n", name, rate);
      OpenLoop.drive("warm-up API", rate, warmup, api);
      OpenLoop.drive("warm-up JDBC", rate, warmup, jdbc);
      List<Double> ratios = new ArrayList<>();
      boolean met = true;
      for (int r = 0; r < rounds; r++) {
        OpenLoop.Result a;
        OpenLoop.Result j;
        if (r % 2 == 0) {
          a = OpenLoop.drive("API", rate, run, api);
          j = OpenLoop.drive("JDBC", rate, run, jdbc);
        } else {
          j = OpenLoop.drive("JDBC", rate, run, jdbc);
          a = OpenLoop.drive("API", rate, run, api);
        }
        System.out.println("  " + a.line());
        System.out.println("  " + j.line());
        double ratio = a.p99Ms() / Math.max(0.001, j.p99Ms());
        ratios.add(ratio);
        System.out.printf(
            "  round %d: API/JDBC p99 %.2fx, p50 %.2fx%n",
            r + 1, ratio, a.p50Ms() / Math.max(0.001, j.p50Ms()));
        met &=
            a.failed() == 0
                && !a.saturated()
                && (p99TargetMs > 0
                    ? a.p99Ms() < p99TargetMs
                    : a.achievedPerSecond() >= rate * 0.98);
      }
      if (p99TargetMs < 0) {
        System.out.printf("  (below the target's rate: no verdict) p99 ratios %s%n", ratios);
        return;
      }
      String target =
          p99TargetMs > 0 ? "p99 < " + p99TargetMs + " ms" : ">= " + rate + " req/s achieved";
      System.out.printf(
          "  target %s at %d req/s: %s (p99 ratios %s)%n",
          target, rate, met ? "met" : "NOT met", ratios);
    }
  }

  private static String target(long i) {
    return (i / 7) % 2 == 0 ? "deleting" : "to_delete";
  }

  private static UUID pick(List<UUID> ids, long i) {
    return ids.get((int) Math.floorMod(i * 7919L, (long) ids.size()));
  }

  private static void explain(BenchLedger ledger) throws Exception {
    try (Connection c = ledger.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "EXPLAIN (ANALYZE, BUFFERS OFF) SELECT u.* FROM user_service_statuses s JOIN users u"
                    + " ON u.id = s.user_id WHERE s.service = 'joanie' AND s.status = 'to_delete'"
                    + " ORDER BY s.user_created_at, s.user_id LIMIT 1000")) {
      System.out.println("EXPLAIN ANALYZE of the search:");
      while (rs.next()) {
        System.out.println("  " + rs.getString(1));
      }
    }
  }

  private static Map<String, String> environment(BenchLedger ledger, Path data, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_DATA_DIR", data.toString());
    env.put("MORK_DB_HOST", "127.0.0.1");
    env.put("MORK_DB_PORT", "5432");
    env.put("MORK_DB_NAME", ledger.name);
    env.put("MORK_DB_USER", BenchLedger.USER);
    env.put("MORK_PII_HMAC_SECRET", BenchLedger.HMAC);
    env.put("MORK_SERVICES", "edx,sarbacane,joanie,ashley");
    env.put("MORK_API_KEYS", "bench=" + KEY);
    env.put("MORK_SARBACANE_API_URL", "http://127.0.0.1:9/unused-in-api-mode");
    env.put("MORK_SARBACANE_API_KEY", "bench-unused");
    env.put("MORK_SARBACANE_ACCOUNT_ID", "bench-unused");
    env.put("MORK_API_SERVER_PORT", String.valueOf(port));
    env.put("MORK_HTTP_BIND_ADDRESS", "127.0.0.1");
    System.getenv()
        .forEach(
            (k, v) -> {
              if (k.startsWith("MORK_")) {
                env.put(k, v);
              }
            });
    return env;
  }

  static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return opts;
  }
}

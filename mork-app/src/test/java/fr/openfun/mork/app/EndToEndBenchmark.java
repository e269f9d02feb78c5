package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import fr.openfun.mork.adapter.edx.EdxDatabase;
import fr.openfun.mork.adapter.edx.EdxDatabaseSettings;
import fr.openfun.mork.adapter.edx.EdxDialect;
import fr.openfun.mork.adapter.edx.ErasureRules;
import fr.openfun.mork.adapter.edx.JooqEdxAccountEraser;
import fr.openfun.mork.adapter.edx.JooqErasurePlanner;
import fr.openfun.mork.adapter.edx.RetiredPlaceholder;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Benchmark harness (not a test): a real {@code delete_inactive_users} task of {@code --users}
 * inactive, warned users, posted to the API of an in-process Mork node (worker and API) on MariaDB
 * (edX), PostgreSQL (store and Quartz), a Sarbacane stub (WireMock) and one webhook receiver that
 * confirms each event, timed from the POST until every user is deleted in every service. The
 * baseline is {@link JooqEdxAccountEraser#eraseBatch} alone on a copy of the same population, in
 * batches of the reconciler's size, half before and half after the end-to-end run. Arguments:
 * {@code --users=2000}, {@code --latency=0} (milliseconds the Sarbacane stub and the webhook
 * receiver wait before each answer, as a remote service would); {@code MORK_*} variables of the
 * harness's JVM override the node's settings. See docs/performance.md.
 */
final class EndToEndBenchmark {
  private static final String HOOKS_KEY = "bench-hooks-key-0123456789";

  private EndToEndBenchmark() {}

  public static void main(String[] args) throws Exception {
    int users = arg(args, "users", 2000);
    int latency = arg(args, "latency", 0);
    try (E2eServers servers = new E2eServers();
        EdxCopy copy = new EdxCopy(servers.databaseName() + "_copy")) {
      stubSarbacane(servers, latency);
      long t = System.nanoTime();
      try (Connection edx = servers.edx();
          Connection twin = copy.connect()) {
        BenchPopulation.create(edx, users, Clock.systemUTC());
        BenchPopulation.create(twin, users, Clock.systemUTC());
      }
      System.out.printf(
          "seeded %d users (%d rows each) twice in %.1f s%n",
          users, BenchPopulation.ROWS_PER_USER, (System.nanoTime() - t) / 1e9);
      int batch =
          Integer.parseInt(System.getenv().getOrDefault("MORK_RECONCILE_BATCH_SIZE", "100"));
      List<Long> ids = new ArrayList<>();
      for (long id = BenchPopulation.FIRST_ID; id < BenchPopulation.FIRST_ID + users; id++) {
        ids.add(id);
      }
      double before = copy.erase(ids.subList(0, users / 2), batch);
      System.out.printf("edX-only eraseBatch, first half: %.0f users/s%n", before);
      double e2e = endToEnd(servers, users, latency);
      double after = copy.erase(ids.subList(users / 2, users), batch);
      double edxOnly = (before + after) / 2;
      System.out.printf(
          "| %d users | end to end %.0f users/s | edX-only eraseBatch %.0f users/s (before %.0f,"
              + " after %.0f) | ratio %.2f |%n",
          users, e2e, edxOnly, before, after, e2e / edxOnly);
    }
  }

  /** Users per second from the POST of the task until every service has deleted every user. */
  private static double endToEnd(E2eServers servers, int users, int latency) throws Exception {
    Map<String, String> env = new TreeMap<>(servers.environment());
    env.remove("MORK_SERVICE_API_KEYS");
    env.put("MORK_SERVICES", "edx,sarbacane,hooks");
    env.put("MORK_DELETION_MAX_SHARE", "1.0");
    env.put("MORK_EMAIL_DELETION_NOTICE", "false");
    // the real Sarbacane's protective 10 requests/s would make the stub the bottleneck
    env.put("MORK_SARBACANE_RATE_LIMIT", "100000/s");
    env.put("MORK_SERVICE_API_KEYS", "hooks=" + HOOKS_KEY);
    HttpProbe http = new HttpProbe(servers.httpPort);
    try (ConfirmingWebhook hooks = new ConfirmingWebhook("hooks", HOOKS_KEY, http, latency)) {
      env.put("MORK_WEBHOOK_HOOKS_URL", hooks.url());
      env.put("MORK_WEBHOOK_HOOKS_SECRET", "bench-webhook-secret-0123456789");
      System.getenv().entrySet().stream()
          .filter(e -> e.getKey().startsWith("MORK_") && !e.getKey().startsWith("MORK_TEST_"))
          .forEach(e -> env.put(e.getKey(), e.getValue()));
      try (MorkApplication app =
          new MorkApplication(MorkConfigLoader.load(env), Clock.systemUTC())) {
        app.lifecycle().start(RunMode.ALL);
        try (Connection store = servers.store()) {
          BenchPopulation.warn(store, users);
          long t = System.nanoTime();
          var posted =
              http.post(
                  "/v1/tasks",
                  E2eServers.ADMIN_KEY,
                  "{\"type\":\"delete_inactive_users\",\"dry_run\":false}");
          if (posted.statusCode() / 100 != 2) {
            throw new IllegalStateException("task refused: " + posted.body());
          }
          Progress progress = new Progress(store, servers, hooks, users);
          long deadline = t + 30 * 60 * 1_000_000_000L;
          while (!progress.done()) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("not done after 30 minutes: " + progress);
            }
            Thread.sleep(50);
            progress.poll(t);
          }
          double seconds = (System.nanoTime() - t) / 1e9;
          System.out.printf("end to end: %s%n", progress);
          long left;
          try (Connection edx = servers.edx()) {
            left = BenchPopulation.remaining(edx, users);
          }
          if (left != 0 || hooks.refused() != 0) {
            throw new IllegalStateException(
                left + " edX rows left, " + hooks.refused() + " confirmations refused");
          }
          return users / seconds;
        }
      }
    }
  }

  private static void stubSarbacane(E2eServers servers, int latency) {
    String json = "application/json";
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/lists"))
            .willReturn(
                aResponse().withHeader("Content-Type", json).withBody("[{\"id\":\"l1\"}]")));
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/blacklists"))
            .willReturn(
                aResponse().withHeader("Content-Type", json).withBody("[{\"id\":\"b1\"}]")));
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", json)
                    .withBody("{}")
                    .withFixedDelay(latency)));
  }

  /** What the harness watches: ledger statuses, Sarbacane deletions, webhook events. */
  private static final class Progress {
    private final Connection store;
    private final E2eServers servers;
    private final ConfirmingWebhook hooks;
    private final int users;
    private final Map<String, Double> firstDone = new TreeMap<>();
    private Map<String, Long> deleted = Map.of();
    private double recordedAt = -1;
    private double eventsAt = -1;

    Progress(Connection store, E2eServers servers, ConfirmingWebhook hooks, int users) {
      this.store = store;
      this.servers = servers;
      this.hooks = hooks;
      this.users = users;
    }

    void poll(long start) throws Exception {
      Map<String, Long> counts = new TreeMap<>();
      long recorded;
      try (Statement s = store.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT service, COUNT(*) FILTER (WHERE status = 'deleted'), COUNT(*)"
                      + " FROM user_service_statuses GROUP BY service")) {
        recorded = 0;
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
          recorded = Math.max(recorded, rs.getLong(3));
        }
      }
      double now = (System.nanoTime() - start) / 1e9;
      if (recordedAt < 0 && recorded >= users) {
        recordedAt = now;
      }
      if (eventsAt < 0 && hooks.received() >= users) {
        eventsAt = now; // every event sent; "hooks" is deleted once the receiver has confirmed all
      }
      counts.forEach(
          (service, n) -> {
            if (n >= users) {
              firstDone.putIfAbsent(service, now);
            }
          });
      deleted = counts;
    }

    boolean done() {
      return deleted.size() == 3
          && deleted.values().stream().allMatch(n -> n >= users)
          && servers
                  .sarbacane
                  .countRequestsMatching(deleteRequestedFor(urlPathMatching(".*")).build())
                  .getCount()
              >= 3L * users
          && hooks.received() >= users;
    }

    @Override
    public String toString() {
      return String.format(
          "recorded in the ledger at %.1f s, every webhook event received at %.1f s, every user"
              + " deleted per service at %s s; deleted %s; webhook events %d, confirmed %d",
          recordedAt,
          eventsAt,
          firstDone.entrySet().stream()
              .map(e -> e.getKey() + " " + String.format("%.1f", e.getValue()))
              .toList(),
          deleted,
          hooks.received(),
          hooks.confirmed());
    }
  }

  /** The copy of the population, erased by the edX adapter alone. */
  private static final class EdxCopy implements AutoCloseable {
    private final String name;
    private final String server =
        System.getenv().getOrDefault("MORK_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/");

    EdxCopy(String name) throws Exception {
      this.name = name;
      try (Connection c = DriverManager.getConnection(server, "root", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
    }

    Connection connect() throws Exception {
      return DriverManager.getConnection(url(), "root", "");
    }

    private String url() {
      return (server.endsWith("/") ? server : server + "/") + name;
    }

    /** Users per second of eraseBatch over these ids, in batches of {@code batch}. */
    double erase(List<Long> ids, int batch) throws Exception {
      EdxDatabaseSettings settings = EdxDatabaseSettings.of(url(), "root", "", EdxDialect.MARIADB);
      try (EdxDatabase db = new EdxDatabase(settings)) {
        JooqErasurePlanner planner =
            new JooqErasurePlanner(db, ErasureRules.defaults(), Clock.systemUTC());
        JooqEdxAccountEraser eraser =
            new JooqEdxAccountEraser(
                db, planner, RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME));
        planner.plan();
        Instant recorded = Instant.now();
        long t = System.nanoTime();
        for (int i = 0; i < ids.size(); i += batch) {
          List<ErasureRequest> requests = new ArrayList<>();
          for (long id : ids.subList(i, Math.min(ids.size(), i + batch))) {
            requests.add(
                new ErasureRequest(
                    UUID.randomUUID(),
                    id,
                    "bench" + id,
                    "bench" + id + "@learners.example.net",
                    DeletionReason.GDPR,
                    recorded,
                    Optional.of(recorded)));
          }
          var result = eraser.eraseBatch(requests);
          if (result.fellBack()
              || !result.outcomes().values().stream()
                  .allMatch(o -> o instanceof ErasureOutcome.Erased)) {
            throw new IllegalStateException("baseline batch not erased whole: " + result);
          }
        }
        return ids.size() / ((System.nanoTime() - t) / 1e9);
      }
    }

    @Override
    public void close() throws Exception {
      try (Connection c = DriverManager.getConnection(server, "root", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
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

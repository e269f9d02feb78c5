package fr.openfun.mork.app;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunTaskUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One Mork in process for a fault test, on fresh databases of the private MariaDB (edX, seeded with
 * the demo's ~300 users) and PostgreSQL (store), with GreenMail, a Sarbacane WireMock stub and a
 * {@link MutableClock}. Tasks and reconcilers run through the same metered use cases the Quartz
 * jobs call, so {@code /metrics} counts them; the API serves the ledger, histories and metrics.
 */
final class FaultRig implements AutoCloseable {
  static final String ADMIN_KEY = "faults-admin-key-0123456789";
  static final String JOANIE_KEY = "faults-joanie-key-0123456789";

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  final GreenMail smtp = new GreenMail(new ServerSetup(E2eServers.freePort(), "127.0.0.1", "smtp"));
  final WireMockServer sarbacane = new WireMockServer(WireMockConfiguration.options().port(0));
  final int httpPort = E2eServers.freePort();
  final HttpProbe http = new HttpProbe(httpPort);
  private final String name = "mork_faults_" + UUID.randomUUID().toString().replace("-", "");
  private final PrivateMariaDb mariadb;
  private final PrivatePostgres postgres;
  private MorkApplication app;

  FaultRig(PrivateMariaDb mariadb, PrivatePostgres postgres) throws SQLException {
    this.mariadb = mariadb;
    this.postgres = postgres;
    mariadb.createDatabase(name);
    postgres.createDatabase(name);
    try (Connection edx = mariadb.connect(name)) {
      new DemoEdxDatabase(clock).create(edx);
    }
    smtp.start();
    sarbacane.start();
  }

  /** Starts Mork (API only: the test drives tasks and reconcilers) with these overrides. */
  FaultRig start(Map<String, String> overrides) {
    Map<String, String> env = environment();
    env.putAll(overrides);
    app = new MorkApplication(MorkConfigLoader.load(env), clock);
    app.lifecycle().start(RunMode.API);
    return this;
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_EDX_MYSQL_DB_HOST", "127.0.0.1");
    env.put("MORK_EDX_MYSQL_DB_PORT", String.valueOf(mariadb.port()));
    env.put("MORK_EDX_MYSQL_DB_NAME", name);
    env.put("MORK_EDX_MYSQL_DB_USER", "root");
    env.put("MORK_EDX_MYSQL_QUERY_BATCH_SIZE", "25");
    env.put("MORK_DB_HOST", "127.0.0.1");
    env.put("MORK_DB_PORT", String.valueOf(postgres.port()));
    env.put("MORK_DB_NAME", name);
    env.put("MORK_DB_USER", "postgres");
    env.put("MORK_PII_HMAC_SECRET", "faults-hmac-secret-that-is-long-enough-01");
    env.put("MORK_EMAIL_HOST", "127.0.0.1");
    env.put("MORK_EMAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
    env.put("MORK_EMAIL_FROM", "mork@fun-mooc.example");
    env.put("MORK_EMAIL_RATE_LIMIT", "1000/s");
    env.put("MORK_EMAIL_DELETION_NOTICE", "false");
    env.put("MORK_SARBACANE_API_URL", sarbacane.baseUrl());
    env.put("MORK_SARBACANE_API_KEY", "faults-sarbacane-key");
    env.put("MORK_SARBACANE_ACCOUNT_ID", "faults-account");
    env.put("MORK_SERVICES", "edx,sarbacane,joanie");
    env.put("MORK_API_KEYS", "ops=" + ADMIN_KEY);
    env.put("MORK_SERVICE_API_KEYS", "joanie=" + JOANIE_KEY);
    env.put("MORK_API_SERVER_PORT", String.valueOf(httpPort));
    env.put("MORK_HTTP_BIND_ADDRESS", "127.0.0.1");
    env.put("MORK_DELETION_MAX_SHARE", "0.9");
    return env;
  }

  String edxDatabase() {
    return name;
  }

  DomainServices services() {
    return app.graph().services();
  }

  /** The reconciler as the worker's {@code ReconcileJob} calls it: erasures counted in metrics. */
  ReconcileServiceUseCase.Result reconcile(ServiceName service, int batchSize) {
    return new MeteredReconcile(services().reconcile(), app.graph().metrics())
        .reconcile(new ReconcileServiceUseCase.Command(service, batchSize));
  }

  /** Submits a real task, as {@code POST /v1/tasks} would. */
  Task submit(TaskParameters parameters) {
    return services()
        .submitTask()
        .submit(new SubmitTaskUseCase.Command(parameters, false, Actor.of("ops")));
  }

  /** One run of a task, as {@code RunTaskJob} does it: the run is counted in metrics. */
  Task run(UUID taskId) {
    RunTaskUseCase metered = new MeteredRunTask(services().runTask(), app.graph().metrics());
    return metered.run(taskId);
  }

  List<MorkUser> ledger() {
    List<MorkUser> all = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      List<MorkUser> page =
          services()
              .getLedger()
              .search(
                  new LedgerQuery(
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      offset,
                      1000));
      all.addAll(page);
      if (page.size() < 1000) {
        return all;
      }
    }
  }

  /** The user's audit events as the API serves them ({@code GET /v1/users/{id}/history}). */
  String history(UUID userId) {
    return http.get("/v1/users/" + userId + "/history", ADMIN_KEY).body();
  }

  /** The value of one Prometheus sample (0 when absent), read from {@code GET /metrics}. */
  double metric(String name, String... labels) {
    return PrometheusText.value(http.get("/metrics", ADMIN_KEY).body(), name, labels);
  }

  @Override
  public void close() {
    if (app != null) {
      app.close();
    }
    sarbacane.stop();
    smtp.stop();
  }
}

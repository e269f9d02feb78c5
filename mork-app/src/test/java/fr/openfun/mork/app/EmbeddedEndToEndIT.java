package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same flow on the embedded defaults — no database server, no SMTP: H2 store, demo edX database
 * on H2, mail to the outbox — through the HTTP API and the Quartz worker, as {@code make run}
 * starts it.
 */
class EmbeddedEndToEndIT {
  @TempDir Path dataDir;
  private final MutableClock clock = new MutableClock(Instant.now());
  private MorkApplication app;
  private MorkConfig config;
  private HttpProbe http;

  @BeforeEach
  void start() {
    int port = E2eServers.freePort();
    config =
        MorkConfigLoader.load(
            Map.of(
                "MORK_DATA_DIR", dataDir.toString(),
                "MORK_API_SERVER_PORT", String.valueOf(port),
                "MORK_HTTP_BIND_ADDRESS", "127.0.0.1"));
    app = new MorkApplication(config, clock);
    app.lifecycle().start(RunMode.ALL);
    http = new HttpProbe(port);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void givenTheDemo_aDeletionTaskThenReconciliation_erasesTheWarnedUsersFromTheDemoEdx()
      throws Exception {
    String key = config.apiKeys().keys().get(0).value();
    long usersBefore = edxUsers();

    String created =
        http.post("/v1/tasks", key, "{\"type\":\"delete_inactive_users\",\"dry_run\":false}")
            .body();
    String taskId = field(created, "id");
    String status = awaitFinalStatus(key, taskId);
    long recorded = app.graph().services().getLedger().count(inEdx(Optional.empty()));
    // the worker's own reconciler may take some of them first: claims keep them apart
    app.graph()
        .services()
        .reconcile()
        .reconcile(new ReconcileServiceUseCase.Command(ServiceName.EDX, 100));
    long deleted = settled(recorded);

    assertThat(status).isEqualTo("SUCCESS");
    assertThat(recorded).isEqualTo(DemoWarnings.WARNED);
    assertThat(deleted).isPositive();
    assertThat(edxUsers()).isEqualTo(usersBefore - deleted);
    assertThat(count("SELECT COUNT(*) FROM auth_user WHERE username = 'retired_user'"))
        .as("the demo's auditor changed other learners' standing: the placeholder now owns it")
        .isOne();
    assertThat(outboxMessagesOnceSent(deleted)).isEqualTo(deleted);
  }

  /** The edX statuses deleted once none is left to do (the worker may still hold a batch). */
  private long settled(long recorded) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    var ledger = app.graph().services().getLedger();
    while (true) {
      long deleted = ledger.count(inEdx(Optional.of(DeletionStatus.DELETED)));
      long spared = ledger.count(inEdx(Optional.of(DeletionStatus.PROTECTED)));
      if (deleted + spared >= recorded || Instant.now().isAfter(deadline)) {
        return deleted;
      }
      Thread.sleep(100);
    }
  }

  /** The worker's reconciler, kicked at the end of the task, sends its notices after its batch. */
  private long outboxMessagesOnceSent(long expected) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    long sent = outboxMessages();
    while (sent < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      sent = outboxMessages();
    }
    return sent;
  }

  private String awaitFinalStatus(String key, String taskId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String status = "PENDING";
    while (Instant.now().isBefore(deadline)) {
      status = field(http.get("/v1/tasks/" + taskId + "/status", key).body(), "status");
      if (status.equals("SUCCESS") || status.equals("FAILURE") || status.equals("REVOKED")) {
        return status;
      }
      Thread.sleep(200);
    }
    return status;
  }

  /** The real users: the retired placeholder is not one. */
  private long edxUsers() throws Exception {
    return count("SELECT COUNT(*) FROM auth_user WHERE username <> 'retired_user'");
  }

  private long count(String sql) throws Exception {
    try (Connection c = app.graph().adapters().edx().primaryDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private long outboxMessages() throws Exception {
    try (Stream<Path> files = Files.list(config.email().outboxDir())) {
      return files.filter(f -> f.toString().endsWith(".eml")).count();
    }
  }

  private static LedgerQuery inEdx(Optional<DeletionStatus> status) {
    return new LedgerQuery(
        Optional.empty(), Optional.empty(), Optional.of(ServiceName.EDX), status, 0, 1000);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as("field %s in %s", name, json).isTrue();
    return m.group(1);
  }
}

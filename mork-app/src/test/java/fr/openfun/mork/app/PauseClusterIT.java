package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.service.deletion.ReconcileService;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safety rail: the pause switch, in a cluster of two Mork nodes sharing one PostgreSQL store (and
 * so one clustered Quartz job store) and one edX database. An operator pauses through node B's API;
 * destructive work stops within one page on every node: a real delete run on node A in the middle
 * of its selection (pages of 10 users) records nobody, and the reconcilers of both workers finish
 * the batch in flight (5 users) and claim no other until resumed.
 *
 * <p>Seen failing before the fix: the delete run read the switch only when it started, so a pause
 * during its selection was ignored and it recorded all 122 users. Seen failing with {@code
 * ReconcileService} not reading the switch: both workers went on erasing after the pause.
 */
class PauseClusterIT {
  private static final int PAGE = 10;
  private static final int BATCH = 5;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication nodeA;
  private MorkApplication nodeB;
  private HttpProbe apiB;

  @BeforeEach
  void startTwoNodes() throws Exception {
    servers = new E2eServers();
    try (Connection edx = servers.edx()) {
      new DemoEdxDatabase(clock).create(edx);
    }
    MorkRuns.stubSarbacane(servers);
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*"))
            .willReturn(aResponse().withFixedDelay(60).withBody("{}")));
    nodeA = node(servers.httpPort);
    int portB = E2eServers.freePort();
    nodeB = node(portB);
    apiB = new HttpProbe(portB);
    Instant warnedAt = clock.instant().minus(Duration.ofDays(40));
    var warnings = nodeA.graph().adapters().store().warnings();
    for (long id = 1; id <= 297; id++) {
      warnings.record(new Warning(id, 1, warnedAt));
    }
  }

  @AfterEach
  void stop() throws Exception {
    for (MorkApplication node : new MorkApplication[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    servers.close();
  }

  @Test
  void givenAPauseFromNodeBDuringTheSelection_deleteRunOnNodeA_stopsWithinOnePage() {
    nodeB.lifecycle().start(RunMode.API);
    AtomicInteger pages = new AtomicInteger();
    AtomicLong scannedAtPause = new AtomicLong();
    RunObserver pauseAtSecondPage =
        progress -> {
          if (pages.incrementAndGet() == 2) {
            scannedAtPause.set(progress.scanned());
            assertThat(apiB.post("/v1/pause", E2eServers.ADMIN_KEY, "{}").statusCode())
                .isEqualTo(200);
          }
          return true;
        };

    RunReport run =
        nodeA
            .graph()
            .services()
            .deleteInactiveUsers()
            .deleteInactiveUsers(
                new DeleteInactiveUsersUseCase.Command(
                    false, OptionalInt.empty(), false, List.of()),
                pauseAtSecondPage);

    assertThat(run.stop()).map(RunStop::kind).contains(RunStop.Kind.PAUSED);
    assertThat(run.progress().scanned() - scannedAtPause.get())
        .as("users read after the pause")
        .isLessThanOrEqualTo(PAGE);
    assertThat(MorkRuns.ledgerSize(nodeA.graph().services())).isZero();
  }

  @Test
  void givenBothWorkersErasing_pauseThroughNodeB_stopsEveryWorkerWithinOneBatch() throws Exception {
    DomainServices services = nodeA.graph().services();
    int recorded = MorkRuns.deleteInactive(services, false, false).selectedEdxUserIds().size();
    nodeA.lifecycle().start(RunMode.WORKER);
    nodeB.lifecycle().start(RunMode.ALL);
    awaitErased(services, "sarbacane", BATCH);

    apiB.post("/v1/pause", E2eServers.ADMIN_KEY, "{}");
    Map<String, Long> atPause = erasedCounts(services);
    Thread.sleep(2_500);
    Map<String, Long> settled = erasedCounts(services);
    int sarbacaneCalls = servers.sarbacane.findAll(deleteRequestedFor(anyUrl())).size();
    Thread.sleep(3_000);
    Map<String, Long> later = erasedCounts(services);
    var pausedA = MorkRuns.reconcile(services, "edx").outcomes();
    var pausedB = MorkRuns.reconcile(nodeB.graph().services(), "sarbacane").outcomes();

    apiB.delete("/v1/pause", E2eServers.ADMIN_KEY);
    awaitErased(services, "sarbacane", later.get("sarbacane") + 1);

    for (String service : List.of("edx", "sarbacane")) {
      assertThat(settled.get(service) - atPause.get(service))
          .as("%s erasures finished after the pause", service)
          .isLessThanOrEqualTo(BATCH);
      assertThat(later.get(service))
          .as("%s after the in-flight batch", service)
          .isEqualTo(settled.get(service));
    }
    assertThat(later.get("sarbacane")).isLessThan(recorded);
    assertThat(servers.sarbacane.findAll(deleteRequestedFor(anyUrl())))
        .hasSizeGreaterThan(sarbacaneCalls);
    assertThat(pausedA).containsOnlyKeys(ReconcileService.PAUSED);
    assertThat(pausedB).containsOnlyKeys(ReconcileService.PAUSED);
  }

  private MorkApplication node(int port) {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_API_SERVER_PORT", String.valueOf(port));
    env.put("MORK_EDX_MYSQL_QUERY_BATCH_SIZE", String.valueOf(PAGE));
    env.put("MORK_RECONCILE_BATCH_SIZE", String.valueOf(BATCH));
    env.put("MORK_RECONCILE_EDX_BATCH_SIZE", String.valueOf(BATCH));
    env.put("MORK_RECONCILE_INTERVAL", "PT0.5S");
    env.put("MORK_DELETION_MAX_SHARE", "0.5");
    return new MorkApplication(MorkConfigLoader.load(MorkRuns.environment(servers, env)), clock);
  }

  /** How many users are erased from each service. */
  private static Map<String, Long> erasedCounts(DomainServices services) {
    Map<String, Long> counts = new HashMap<>();
    for (String service : List.of("edx", "sarbacane")) {
      counts.put(
          service, (long) MorkRuns.withStatus(services, service, DeletionStatus.DELETED).size());
    }
    return counts;
  }

  private static void awaitErased(DomainServices services, String service, long atLeast)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (MorkRuns.withStatus(services, service, DeletionStatus.DELETED).size() < atLeast
        && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(MorkRuns.withStatus(services, service, DeletionStatus.DELETED))
        .as("%s erasures", service)
        .hasSizeGreaterThanOrEqualTo((int) atLeast);
  }
}

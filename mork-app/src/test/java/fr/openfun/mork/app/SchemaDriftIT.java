package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safety rail: the schema-drift guard. Mork runs, its baseline plan acknowledged and the inactive
 * users recorded, when the LMS is upgraded under it: a new table whose NOT NULL foreign key points
 * at {@code auth_user}, with rows for an inactive user and for an active one. Nobody restarts Mork.
 * Destructive erasure must stop until an operator acknowledges the new plan, dry runs must keep
 * working (and see the new table), and once acknowledged the erasure takes the new table's rows of
 * the erased user only.
 *
 * <p>Seen failing before the fix: the running Mork never read the schema again, so the guard
 * compared the start-up plan with itself and let the reconciler erase with a plan that did not know
 * the table (the user with a row there failed on the foreign key, the others were erased); {@code
 * GET /v1/edx/plan} showed the old plan and acknowledging the new one was refused.
 */
class SchemaDriftIT {
  private static final String NEW_TABLE =
      "CREATE TABLE student_learnerbadge (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
          + " badge VARCHAR(64) NOT NULL, user_id INT NOT NULL,"
          + " CONSTRAINT student_learnerbadge_user_id_fk FOREIGN KEY (user_id)"
          + " REFERENCES auth_user (id))";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication app;
  private DomainServices services;
  private HttpProbe http;

  @BeforeEach
  void startThenUpgradeTheLms() throws Exception {
    servers = new E2eServers();
    new Population(clock).create(servers);
    MorkRuns.stubSarbacane(servers);
    app =
        new MorkApplication(
            MorkConfigLoader.load(MorkRuns.environment(servers, Population.exclusions())), clock);
    services = app.graph().services();
    new Population(clock).warn(app.graph().adapters().store().warnings());
    app.lifecycle().start(RunMode.API);
    http = new HttpProbe(servers.httpPort);
    assertThat(MorkRuns.reconcile(services, "edx").claimed()).as("baseline, nothing due").isZero();
    MorkRuns.deleteInactive(services, false, false);
    EdxRows.execute(servers, NEW_TABLE);
    EdxRows.execute(
        servers,
        "INSERT INTO student_learnerbadge (badge, user_id) VALUES ('pioneer', 1101), ('pioneer',"
            + " 1001)");
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    servers.close();
  }

  @Test
  void givenANewTableReferencingUsers_reconcile_erasesNobodyButDryRunsStillWork() throws Exception {
    EdxSnapshot upgraded = EdxSnapshot.take(servers);

    ReconcileServiceUseCase.Result blocked = MorkRuns.reconcile(services, "edx");
    RunReport dryRun = MorkRuns.deleteInactive(services, true, false);
    HttpResponse<String> plan = http.get("/v1/edx/plan", E2eServers.ADMIN_KEY);

    assertThat(blocked.outcomes()).containsOnlyKeys("blocked");
    assertThat(EdxSnapshot.take(servers).everything()).isEqualTo(upgraded.everything());
    assertThat(dryRun.entries())
        .filteredOn(e -> e.edxUserId() == 1101)
        .singleElement()
        .extracting(ReportEntry::counts)
        .satisfies(counts -> assertThat(counts).containsEntry("student_learnerbadge", 1L));
    assertThat(plan.body()).contains("\"status\":\"blocked\"", "student_learnerbadge");
  }

  @Test
  void givenTheNewPlanAcknowledged_reconcile_erasesTheInactiveWithTheirRowsInTheNewTable()
      throws Exception {
    MorkRuns.reconcile(services, "edx");
    String fingerprint = fingerprint(http.get("/v1/edx/plan", E2eServers.ADMIN_KEY).body());

    HttpResponse<String> acknowledged =
        http.post(
            "/v1/edx/plan/acknowledge",
            E2eServers.ADMIN_KEY,
            "{\"fingerprint\":\"" + fingerprint + "\"}");
    ReconcileServiceUseCase.Result erased = MorkRuns.reconcile(services, "edx");

    assertThat(acknowledged.statusCode()).isEqualTo(200);
    assertThat(erased.outcomes())
        .as("the inactive users and the racer, who does not log in here")
        .containsEntry("deleted", Population.INACTIVE.size() + 1)
        .containsEntry("protected", 1);
    assertThat(
            EdxRows.count(
                servers, "SELECT COUNT(*) FROM student_learnerbadge WHERE user_id = 1001"))
        .isEqualTo(1);
    assertThat(EdxRows.referencing(servers, Population.INACTIVE)).isZero();
  }

  private static String fingerprint(String planJson) {
    Matcher m = Pattern.compile("\"fingerprint\"\\s*:\\s*\"([0-9a-f]+)\"").matcher(planJson);
    assertThat(m.find()).as("a fingerprint in %s", planJson).isTrue();
    return m.group(1);
  }
}

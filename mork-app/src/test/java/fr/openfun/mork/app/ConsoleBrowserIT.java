package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The operator console in a real browser (headless chromium) on the real wiring: MariaDB (edX, the
 * demo's users, warned a month ago), PostgreSQL (store and Quartz, the worker running), GreenMail,
 * a Sarbacane stub and joanie's webhook receiver, down until the operator retries it.
 */
class ConsoleBrowserIT {
  private static final ServiceName JOANIE = ServiceName.of("joanie");
  private final MutableClock clock = new MutableClock(Instant.now());
  private E2eServers servers;
  private WebhookStub joanie;
  private MorkApplication app;
  private ConsoleBrowser browser;

  @BeforeEach
  void start() throws Exception {
    servers = new E2eServers();
    joanie = new WebhookStub();
    try (Connection edx = servers.edx()) {
      new DemoEdxDatabase(clock).create(edx);
    }
    servers.sarbacane.stubFor(get(urlPathEqualTo("/lists")).willReturn(json("[{\"id\":\"l1\"}]")));
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/blacklists")).willReturn(json("[{\"id\":\"b1\"}]")));
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*")).willReturn(json("{}")));
    Map<String, String> env = servers.environment();
    env.put("MORK_RECONCILE_INTERVAL", "PT1S");
    // a reconciler records its batch's outcomes when the batch ends: small batches, so that
    // joanie's first failures show while the receiver is down (each costs a connect attempt)
    env.put("MORK_RECONCILE_BATCH_SIZE", "5");
    env.put("MORK_RECONCILE_EDX_BATCH_SIZE", "5");
    env.put("MORK_WEBHOOK_JOANIE_URL", joanie.url());
    env.put("MORK_WEBHOOK_JOANIE_SECRET", "console-webhook-secret-0123456789");
    app = new MorkApplication(MorkConfigLoader.load(env), clock);
    app.graph()
        .services()
        .warnInactiveUsers()
        .warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(false, OptionalInt.empty(), 0), RunObserver.NONE);
    clock.advance(Duration.ofDays(31));
    app.lifecycle().start(RunMode.ALL);
    browser = new ConsoleBrowser(servers.httpPort);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
      if (app != null) {
        app.close();
      }
    } finally {
      joanie.close();
      servers.close();
    }
  }

  @Test
  void givenAnOperator_theConsoleFlow_plansApprovesPausesRetriesAndSignsOut() {
    browser.open("/console");
    assertThat(browser.path()).isEqualTo("/console/sign-in");
    browser.screenshot("sign-in");
    browser.find("#api_key").sendKeys(E2eServers.ADMIN_KEY);
    browser.click("#sign-in");
    browser.awaitPath("/console/overview");
    assertThat(browser.text("#pause-state")).isEqualTo("Running.");
    assertThat(browser.text(".operator")).isEqualTo("console:ops");
    browser.screenshot("overview");

    browser.click("#nav-plan");
    assertThat(browser.text("#drift")).isEqualTo("allowed");
    assertThat(browser.has("#acknowledge")).isFalse();
    String acknowledged = browser.text("#fingerprint");
    migrateEdx();
    browser.open("/console/plan");
    assertThat(browser.text("#drift")).isEqualTo("blocked");
    assertThat(browser.text("#fingerprint")).isNotEqualTo(acknowledged);
    assertThat(browser.text("#steps")).contains("student_learnerbadge.user_id");
    browser.screenshot("plan-drifted");
    browser.clickAndConfirm("#acknowledge");
    assertThat(browser.text("#drift")).isEqualTo("allowed");

    browser.click("#nav-tasks");
    browser.find("#dry-run-type option[value=delete_inactive_users]").click();
    browser.screenshot("tasks");
    browser.click("#start-dry-run");
    awaitTaskStatus("SUCCESS");
    long selected = Long.parseLong(browser.text("#selected"));
    assertThat(selected).isPositive();
    assertThat(browser.driver.findElements(By.cssSelector("#table-counts tbody tr"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#entries tbody tr")))
        .hasSize((int) selected);
    assertThat(browser.text("#entries")).doesNotContainPattern("[a-z0-9._-]{2,}@");
    browser.screenshot("dry-run-report");

    browser.clickAndConfirm("#approve");
    awaitTaskStatus("SUCCESS");
    assertThat(browser.text("#task-status")).isEqualTo("SUCCESS");
    assertThat(browser.find("main").getText()).contains("real run", "console:ops");
    browser.screenshot("approved-run");

    browser.click("#nav-overview");
    browser.clickAndConfirm("#pause");
    assertThat(browser.text("#pause-state")).startsWith("Paused");
    assertThat(app.graph().services().control().paused()).isTrue();
    browser.screenshot("paused");
    browser.clickAndConfirm("#resume");
    assertThat(browser.text("#pause-state")).isEqualTo("Running.");
    assertThat(app.graph().services().control().paused()).isFalse();

    MorkUser failing = awaitJoanieFailure();
    assertThat(edxAccounts(failing.edxUserId())).as("erased from edX").isZero();
    browser.click("#nav-ledger");
    browser.find("#q").sendKeys("@");
    browser.click("#search");
    assertThat(browser.driver.findElements(By.cssSelector("#users tbody tr"))).isNotEmpty();
    assertThat(browser.text("#users")).doesNotContain(failing.email());
    browser.screenshot("ledger-search");
    browser.find("#q").clear();
    browser.find("#q").sendKeys(failing.id().toString());
    browser.click("#search");
    browser.awaitPath("/console/ledger/" + failing.id());
    assertThat(browser.find("#status-joanie").getAttribute("class")).contains("failing");
    assertThat(browser.text("#status-joanie .last-error")).isNotBlank();
    browser.screenshot("failed-service");

    joanie.up();
    browser.clickAndConfirm("#retry-joanie");
    browser.await(
        "joanie's receiver accepting the retried erasure",
        Duration.ofSeconds(60),
        true,
        () -> browser.text("#events").contains("erasure_accepted"));
    assertThat(browser.text("#status-joanie .status")).isEqualTo("deleting");
    assertThat(browser.find("#status-joanie").getAttribute("class")).doesNotContain("failing");
    assertThat(browser.text("#events")).contains("console:ops retry joanie", "erasure_accepted");
    assertThat(joanie.ledgerIds()).contains(failing.id().toString());
    browser.screenshot("retried");

    browser.click("#sign-out");
    browser.awaitPath("/console/sign-in?signed_out");
    assertThat(browser.text(".notice")).isEqualTo("Signed out.");
    browser.screenshot("signed-out");
    browser.open("/console/overview");
    browser.awaitPath("/console/sign-in");
  }

  private long edxAccounts(long edxUserId) {
    try (Connection edx = servers.edx();
        Statement sql = edx.createStatement();
        ResultSet rows =
            sql.executeQuery("SELECT COUNT(*) FROM auth_user WHERE id = " + edxUserId)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An edX upgrade adds a table referencing users: the plan changes and needs acknowledging. */
  private void migrateEdx() {
    try (Connection edx = servers.edx();
        Statement sql = edx.createStatement()) {
      sql.execute(
          "CREATE TABLE student_learnerbadge (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
              + " badge VARCHAR(64) NOT NULL, user_id INT NOT NULL,"
              + " CONSTRAINT student_learnerbadge_user_id_fk FOREIGN KEY (user_id)"
              + " REFERENCES auth_user (id))");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitTaskStatus(String status) {
    browser.await(
        "task " + status,
        Duration.ofSeconds(90),
        false,
        () -> browser.text("#task-status").equals(status));
  }

  /** A user the worker's joanie reconciler failed to deliver (the receiver is down). */
  private MorkUser awaitJoanieFailure() {
    AtomicReference<Optional<MorkUser>> found = new AtomicReference<>(Optional.empty());
    browser.await(
        "a failed joanie delivery",
        Duration.ofSeconds(90),
        false,
        () -> {
          found.set(
              app
                  .graph()
                  .services()
                  .getLedger()
                  .search(
                      new LedgerQuery(
                          Optional.empty(),
                          Optional.empty(),
                          Optional.of(JOANIE),
                          Optional.empty(),
                          0,
                          1000))
                  .stream()
                  .filter(u -> u.statusIn(JOANIE).flatMap(s -> s.lastError()).isPresent())
                  .findFirst());
          return found.get().isPresent();
        });
    return found.get().orElseThrow();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}

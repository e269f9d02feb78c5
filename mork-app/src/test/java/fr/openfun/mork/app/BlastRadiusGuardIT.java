package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.openfun.mork.app.config.ConfigException;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Safety rail: the blast-radius guard against a misconfigured deletion period. {@code P0D} and
 * {@code P1D} never start (the period must be positive, and longer than the 30-day reminder); a
 * period that is accepted but wrong — {@code P5M} typed for {@code P5Y} — selects most of the
 * demo's 297 users, every one of them warned 40 days ago, and the guard (here at 50 %, an operator
 * working through a backlog) stops the run before anything is recorded or erased, while the
 * intended {@code P5Y} passes the same guard.
 *
 * <p>Seen failing: with {@code BlastRadiusGuard.check} always allowing, the {@code P5M} run
 * recorded 149 users (its selection stops once over the limit) and the reconcilers erased them,
 * where the intended {@code P5Y} selects 122; with {@code Periods.requirePositive} accepting zero,
 * {@code P0D} was refused only by the reminder rule, whose message does not say the period is zero.
 */
class BlastRadiusGuardIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication app;

  @BeforeEach
  void seed() throws Exception {
    servers = new E2eServers();
    try (Connection edx = servers.edx()) {
      new DemoEdxDatabase(clock).create(edx);
    }
    MorkRuns.stubSarbacane(servers);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    servers.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "P0D | MORK_DELETION_PERIOD: the period must be longer than zero, was P0D",
        "P1D | reminder P30D must be shorter than the deletion period P1D"
      })
  void givenATooShortDeletionPeriod_start_isRefusedSayingWhy(String period, String why) {
    Map<String, String> env = MorkRuns.environment(servers, Map.of("MORK_DELETION_PERIOD", period));

    ConfigException refused =
        catchThrowableOfType(ConfigException.class, () -> MorkConfigLoader.load(env));

    assertThat(refused).isNotNull();
    assertThat(refused.problems()).singleElement().asString().contains(why);
    assertThat(refused.getMessage()).startsWith("invalid configuration (1 problem)");
  }

  @Test
  void givenMonthsTypedForYears_deleteRun_isStoppedByTheGuardBeforeAnythingIsRecorded()
      throws Exception {
    DomainServices services = start("P5M");
    EdxSnapshot before = EdxSnapshot.take(servers);

    RunReport run = MorkRuns.deleteInactive(services, false, false);
    MorkRuns.reconcileAll(services);

    assertThat(run.stop()).map(RunStop::kind).contains(RunStop.Kind.GUARD);
    assertThat(run.stop())
        .map(RunStop::message)
        .hasValueSatisfying(m -> assertThat(m).contains("of 297 edX users"));
    assertThat(MorkRuns.ledgerSize(services)).isZero();
    assertThat(EdxSnapshot.take(servers).everything()).isEqualTo(before.everything());
    servers.sarbacane.verify(0, deleteRequestedFor(anyUrl()));
  }

  @Test
  void givenTheIntendedPeriod_deleteRun_passesTheSameGuard() throws Exception {
    DomainServices services = start("P5Y");

    RunReport run = MorkRuns.deleteInactive(services, false, false);

    assertThat(run.stop()).isEmpty();
    assertThat(run.selectedEdxUserIds()).isNotEmpty().hasSizeLessThanOrEqualTo(297 / 2);
    assertThat(MorkRuns.ledgerSize(services)).isEqualTo(run.selectedEdxUserIds().size());
  }

  /** Mork with this deletion period, a 50 % guard, and every demo user warned 40 days ago. */
  private DomainServices start(String deletionPeriod) {
    Map<String, String> env =
        MorkRuns.environment(
            servers,
            Map.of("MORK_DELETION_PERIOD", deletionPeriod, "MORK_DELETION_MAX_SHARE", "0.5"));
    app = new MorkApplication(MorkConfigLoader.load(env), clock);
    WarningRepository warnings = app.graph().adapters().store().warnings();
    Instant warnedAt = clock.instant().minus(Duration.ofDays(40));
    for (long id = 1; id <= 297; id++) {
      warnings.record(new Warning(id, 1, warnedAt));
    }
    return app.graph().services();
  }
}

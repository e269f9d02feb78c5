package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mork in-process against real servers: MariaDB (edX, seeded with the project's edX-like schema),
 * PostgreSQL (store and Quartz), SMTP (GreenMail) and a Sarbacane HTTP stub. One scenario, from the
 * first warning to the hashing of an erased user's personal data.
 */
class EndToEndIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication app;
  private HttpProbe http;

  @BeforeEach
  void start() throws Exception {
    servers = new E2eServers();
    try (Connection edx = servers.edx()) {
      new DemoEdxDatabase(clock).create(edx);
    }
    servers.sarbacane.stubFor(get(urlPathEqualTo("/lists")).willReturn(json("[{\"id\":\"l1\"}]")));
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/blacklists")).willReturn(json("[{\"id\":\"b1\"}]")));
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*")).willReturn(json("{}")));
    app = new MorkApplication(MorkConfigLoader.load(servers.environment()), clock);
    http = new HttpProbe(servers.httpPort);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    servers.close();
  }

  @Test
  void givenInactiveUsers_warnThenDeleteAfterGrace_erasesThemEverywhereAndForgetsTheirData()
      throws Exception {
    DomainServices services = app.graph().services();

    RunReport warned = warn(services);
    long mailsAfterWarning = servers.smtp.getReceivedMessages().length;
    RunReport tooEarly = deleteInactive(services);
    clock.advance(Duration.ofDays(31));
    RunReport deleted = deleteInactive(services);
    List<Long> ids = deleted.selectedEdxUserIds();
    long forumPostsBefore = forumPosts();
    ReconcileServiceUseCase.Result edx = reconcile(services, ServiceName.EDX);
    ReconcileServiceUseCase.Result sarbacane = reconcile(services, ServiceName.SARBACANE);

    List<Long> erased = idsWithEdxStatus(services, DeletionStatus.DELETED);
    int protectedUsers = ids.size() - erased.size();

    assertThat(warned.progress().succeeded()).isPositive();
    assertThat(mailsAfterWarning).isEqualTo(warned.progress().succeeded());
    assertThat(tooEarly.selectedEdxUserIds()).isEmpty();
    assertThat(ids).isNotEmpty().hasSizeLessThanOrEqualTo((int) warned.progress().succeeded());
    assertThat(protectedUsers).as("the demo's one wiki author is protected").isEqualTo(1);
    assertThat(edx.outcomes())
        .containsEntry("deleted", erased.size())
        .containsEntry("protected", protectedUsers);
    assertThat(remainingRowsOf(erased)).isZero();
    assertThat(forumPosts()).as("posts are anonymized, replies kept").isEqualTo(forumPostsBefore);
    assertThat(EdxRows.count(servers, "SELECT COUNT(*) FROM forum_comment WHERE author_id IS NULL"))
        .as("an erased author's comments lost their author")
        .isPositive();
    assertThat(edxUserCount()).isEqualTo(297 - erased.size());
    assertThat(sarbacane.outcomes()).containsEntry("deleted", erased.size()).hasSize(1);
    servers.sarbacane.verify(3 * erased.size(), deleteRequestedFor(anyUrl()));
    assertThat(servers.smtp.getReceivedMessages()).hasSize((int) mailsAfterWarning + erased.size());

    app.lifecycle().start(RunMode.API);
    List<MorkUser> ledger = services.getLedger().search(query());
    MorkUser first = services.getLedger().find(ledgerIdOf(services, erased.get(0))).orElseThrow();
    String joanieStatus = "/v1/users/" + first.id() + "/status/joanie";
    String ashleyStatus = "/v1/users/" + first.id() + "/status/ashley";
    String done = "{\"deletion_status\":\"deleted\"}";

    assertThat(ledger).hasSize(ids.size());
    assertThat(http.get(joanieStatus, E2eServers.JOANIE_KEY).body())
        .contains("\"status\":\"to_delete\"");
    assertThat(http.patch(ashleyStatus, E2eServers.JOANIE_KEY, done).statusCode()).isEqualTo(403);
    assertThat(http.patch(joanieStatus, E2eServers.JOANIE_KEY, done).statusCode()).isEqualTo(200);
    assertThat(http.patch(ashleyStatus, E2eServers.ASHLEY_KEY, done).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofDays(31));
    int minimized =
        services
            .minimizePersonalData()
            .minimize(new MinimizePersonalDataUseCase.Command(Period.ofDays(30)))
            .minimized();
    String byEmail =
        http.get(
                "/v1/users?email="
                    + java.net.URLEncoder.encode(
                        first.email(), java.nio.charset.StandardCharsets.UTF_8),
                E2eServers.ADMIN_KEY)
            .body();

    assertThat(minimized).isEqualTo(1);
    assertThat(byEmail).contains(first.id().toString()).doesNotContain(first.email());
  }

  @Test
  void givenTheDefaultOnePercentGuard_deletingABacklog_recordsNobody() throws Exception {
    app.close();
    var env = new java.util.HashMap<>(servers.environment());
    env.remove("MORK_DELETION_MAX_SHARE");
    app = new MorkApplication(MorkConfigLoader.load(env), clock);
    DomainServices services = app.graph().services();
    warn(services);
    clock.advance(Duration.ofDays(31));

    RunReport deleted = deleteInactive(services);

    assertThat(deleted.stop())
        .hasValueSatisfying(s -> assertThat(s.kind().name()).isEqualTo("GUARD"));
    assertThat(services.getLedger().count(query())).isZero();
    assertThat(edxUserCount()).isEqualTo(297);
  }

  @Test
  void givenAnErasedAuditor_erasure_keepsTheStandingsTheySetAndThePlaceholderIsNeverSelected()
      throws Exception {
    DomainServices services = app.graph().services();
    Map<Long, Long> standingsSetByOthers = EdxRows.standingsSetByOthers(servers);
    warn(services);
    clock.advance(Duration.ofDays(31));
    deleteInactive(services);
    reconcile(services, ServiceName.EDX);
    List<Long> erased = idsWithEdxStatus(services, DeletionStatus.DELETED);
    long retired =
        EdxRows.count(
            servers, "SELECT COALESCE(MAX(id), 0) FROM auth_user WHERE username = 'retired_user'");
    EdxRows.execute(
        servers, "UPDATE auth_user SET date_joined = '2000-01-01' WHERE id = " + retired);
    clock.advance(Duration.ofDays(400));

    RunReport warnedLater = warn(services);
    clock.advance(Duration.ofDays(31));
    RunReport deletedLater = deleteInactive(services);

    Map<Long, Long> kept = EdxRows.standingsSetByOthers(servers);
    standingsSetByOthers.forEach(
        (learner, setBy) -> {
          if (!erased.contains(learner)) {
            assertThat(kept).containsEntry(learner, erased.contains(setBy) ? retired : setBy);
          }
        });
    assertThat(erased).as("the demo's auditor is among the erased").isNotEmpty();
    assertThat(retired).isPositive();
    assertThat(warnedLater.selectedEdxUserIds()).doesNotContain(retired);
    assertThat(deletedLater.selectedEdxUserIds()).doesNotContain(retired);
  }

  private static RunReport warn(DomainServices services) {
    return services
        .warnInactiveUsers()
        .warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(false, OptionalInt.empty(), 0), RunObserver.NONE);
  }

  private static RunReport deleteInactive(DomainServices services) {
    return services
        .deleteInactiveUsers()
        .deleteInactiveUsers(
            new DeleteInactiveUsersUseCase.Command(false, OptionalInt.empty(), false, List.of()),
            RunObserver.NONE);
  }

  private static ReconcileServiceUseCase.Result reconcile(
      DomainServices services, ServiceName service) {
    return services.reconcile().reconcile(new ReconcileServiceUseCase.Command(service, 1000));
  }

  private static List<Long> idsWithEdxStatus(DomainServices services, DeletionStatus status) {
    return services
        .getLedger()
        .search(
            new LedgerQuery(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(ServiceName.EDX),
                java.util.Optional.of(status),
                0,
                1000))
        .stream()
        .map(MorkUser::edxUserId)
        .toList();
  }

  private static java.util.UUID ledgerIdOf(DomainServices services, long edxUserId) {
    return services.getLedger().search(query()).stream()
        .filter(u -> u.edxUserId() == edxUserId)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static LedgerQuery query() {
    return new LedgerQuery(
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        java.util.Optional.of(ServiceName.of("joanie")),
        java.util.Optional.of(DeletionStatus.TO_DELETE),
        0,
        1000);
  }

  private long forumPosts() throws Exception {
    return EdxRows.count(servers, "SELECT COUNT(*) FROM forum_thread")
        + EdxRows.count(servers, "SELECT COUNT(*) FROM forum_comment");
  }

  /** The real users: the retired placeholder is not one. */
  private long edxUserCount() throws Exception {
    return EdxRows.count(
        servers, "SELECT COUNT(*) FROM auth_user WHERE username <> 'retired_user'");
  }

  private long remainingRowsOf(List<Long> ids) throws Exception {
    return EdxRows.referencing(servers, ids);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}

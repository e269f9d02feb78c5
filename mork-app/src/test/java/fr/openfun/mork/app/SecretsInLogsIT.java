package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import fr.openfun.mork.adapter.edx.JooqEdxAccountEraser;
import fr.openfun.mork.adapter.sarbacane.SarbacaneAccountEraser;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Secrets and personal data in logs. A whole end-to-end run on the demo's 297 users — start,
 * warnings (three recipients refused by an SMTP relay that quotes their address), an email_user
 * task, a dry and a real delete run, delete_user tasks over HTTP, edX (one erasure refused by a
 * trigger whose message names the learner), Sarbacane (500 for three users, the body quoting their
 * email and the API key) and a webhook service (500 for the same users) reconciled twice, twelve
 * invalid API requests, the PII minimisation, a replay, then the store losing its ledger table —
 * with real-looking secrets: API keys, SMTP user and password (AUTH required), store and edX
 * database passwords (a MariaDB user of its own), HMAC key, Sarbacane key and account, webhook
 * secret. Every event at INFO and above, from every logger and thread, is checked three times
 * against every email and username of edX and every secret (also URL- and Base64-encoded): as
 * handed to the logger (formatted message and whole exception), and as the production text and JSON
 * layouts write it. So is every error body.
 *
 * <p>Found two leaks (fixed): the access log wrote a username a client put in the path ({@code GET
 * /v1/users/<username>}), and an edX erasure's failure reason quoted the database's message, which
 * named the learner. Seen failing again with each fix reverted, and with: {@code
 * MailWarningNotifier} logging the raw recipient at INFO (the layouts mask emails: only the raw
 * check caught it), {@code SarbacaneAccountEraser} logging the raw username, {@code MailFailures}
 * keeping the server's reply (it quotes the refused address), the access log writing the API key.
 */
class SecretsInLogsIT {
  private static final String SMTP_USER = "mork-mailer";
  private static final String SMTP_PASSWORD = "smtp-Pa55w0rd-7c1e9b2d";
  private static final String STORE_PASSWORD = "pg-S3cret-4f8a21d9e0";
  private static final String EDX_PASSWORD = "edx-S3cret-9b7c3e5a1f";
  private static final String HMAC = "hmac-k3y-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String SARBACANE_KEY = "sb-live-5e2f8c1a9d7b3e6f";
  private static final String SARBACANE_ACCOUNT = "acct-83920174";
  private static final String WEBHOOK_SECRET = "whsec-2b9d7f1c5e3a8b6d4f0e";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final List<String> errorBodies = new ArrayList<>();
  private E2eServers servers;
  private EdxAccount account;
  private RejectingSmtpServer smtp;
  private CapturedLogs logs;
  private MorkApplication app;
  private EdxSnapshot people;

  @BeforeEach
  void start() throws Exception {
    servers = new E2eServers();
    try (Connection edx = servers.edx()) {
      new DemoEdxDatabase(clock).create(edx);
    }
    people = EdxSnapshot.take(servers);
    account = EdxAccount.create(servers, EDX_PASSWORD);
    List<String> inactive = inactiveEmails();
    smtp = new RejectingSmtpServer(SMTP_USER, SMTP_PASSWORD, Set.copyOf(inactive.subList(0, 3)));
    FailureInjection.sarbacaneAndWebhookFailFor(servers, inactive.subList(3, 6), SARBACANE_KEY);
    EdxRows.execute(servers, FailureInjection.legalHold(inactive.get(6)));
    logs = CapturedLogs.onRoot();
    app = new MorkApplication(MorkConfigLoader.load(environment()), clock);
    app.lifecycle().start(RunMode.API);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (logs != null) {
      logs.close();
    }
    if (smtp != null) {
      smtp.close();
    }
    if (account != null) {
      account.close();
    }
    servers.close();
  }

  @Test
  void givenAFullRunWithFailures_everyLogLineAndErrorBody_holdsNoSecretNorPersonalData()
      throws Exception {
    runEverything();

    LeakFinder finder =
        new LeakFinder(
            people.column("auth_user", "email"), people.column("auth_user", "username"), secrets());
    List<String> secretLeaks = new ArrayList<>();
    List<String> personalLeaks = new ArrayList<>();
    List<ILoggingEvent> events = logs.events();
    for (ILoggingEvent event : events) {
      String where = event.getLevel() + " " + event.getLoggerName();
      for (String text : List.of(CapturedLogs.raw(event), logs.text(event), logs.json(event))) {
        secretLeaks.addAll(finder.secrets(where, text));
        personalLeaks.addAll(finder.personalData(where, text));
      }
    }
    for (String body : errorBodies) {
      secretLeaks.addAll(finder.secrets("error body", body));
      personalLeaks.addAll(finder.personalData("error body", body));
    }

    assertThat(events).as("log events captured").hasSizeGreaterThan(500);
    assertThat(events).as("an exception logged").anyMatch(e -> e.getThrowableProxy() != null);
    assertThat(events)
        .as("failures logged")
        .filteredOn(e -> e.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getLoggerName)
        .contains(
            "fr.openfun.mork.domain.service.warning.SendWarningService",
            JooqEdxAccountEraser.class.getName(),
            SarbacaneAccountEraser.class.getName());
    assertThat(smtp.rejected()).as("recipients refused").isEqualTo(3);
    assertThat(FailureInjection.webhookFailures(servers))
        .as("webhook calls answered 500")
        .isGreaterThanOrEqualTo(3);
    assertThat(errorBodies).as("error responses").hasSize(14).allMatch(b -> b.charAt(0) >= '4');
    assertThat(secretLeaks).isEmpty();
    assertThat(personalLeaks).isEmpty();
  }

  private void runEverything() throws Exception {
    DomainServices services = app.graph().services();
    HttpProbe http = new HttpProbe(servers.httpPort);
    MorkRuns.warn(services);
    String someone = people.column("auth_user", "email").get(10);
    String someoneName = people.column("auth_user", "username").get(10);
    runTask(
        services,
        http,
        "{\"type\":\"email_user\",\"email\":\""
            + someone
            + "\",\"username\":\""
            + someoneName
            + "\",\"dry_run\":false}");
    clock.advance(Duration.ofDays(31));
    MorkRuns.deleteInactive(services, true, false);
    MorkRuns.deleteInactive(services, false, false);
    runTask(
        services,
        http,
        "{\"type\":\"delete_user\",\"email\":\"" + someone + "\",\"dry_run\":false}");
    runTask(
        services,
        http,
        "{\"type\":\"delete_user\",\"email\":\"nobody.here@learners.example.net\",\"dry_run\":false}");
    for (int round = 0; round < 2; round++) {
      for (String service : List.of("edx", "sarbacane", "joanie")) {
        MorkRuns.reconcile(services, service);
      }
      clock.advance(Duration.ofHours(2));
    }
    FailureInjection.badRequests(http, someone, someoneName, SMTP_PASSWORD, SARBACANE_KEY, HMAC)
        .forEach(r -> errorBodies.add(r.statusCode() + " " + r.body()));
    clock.advance(Duration.ofDays(31));
    services
        .minimizePersonalData()
        .minimize(new MinimizePersonalDataUseCase.Command(Period.ofDays(30)));
    services.replayErasures().replay(new ReplayErasuresUseCase.Command(true, Actor.of("operator")));
    storeOutage(services, http, people.column("auth_user", "email").get(20));
  }

  /** The ledger table disappears: a task and two API calls fail with exceptions logged. */
  private void storeOutage(DomainServices services, HttpProbe http, String email) throws Exception {
    try (Connection store = app.graph().adapters().store().dataSource().getConnection();
        var s = store.createStatement()) {
      s.execute("ALTER TABLE users RENAME TO users_gone");
    }
    runTask(
        services, http, "{\"type\":\"delete_user\",\"email\":\"" + email + "\",\"dry_run\":false}");
    for (String path :
        List.of("/v1/users?email=" + email, "/v1/users/" + java.util.UUID.randomUUID())) {
      var answer = http.get(path, E2eServers.ADMIN_KEY);
      errorBodies.add(answer.statusCode() + " " + answer.body());
    }
  }

  private void runTask(DomainServices services, HttpProbe http, String body) {
    var submitted = http.post("/v1/tasks", E2eServers.ADMIN_KEY, body);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = submitted.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
    services.runTask().run(java.util.UUID.fromString(id));
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_EMAIL_PORT", String.valueOf(smtp.port()));
    env.put("MORK_EMAIL_HOST_USER", SMTP_USER);
    env.put("MORK_EMAIL_HOST_PASSWORD", SMTP_PASSWORD);
    env.put("MORK_DB_PASSWORD", STORE_PASSWORD);
    env.put("MORK_EDX_MYSQL_DB_USER", account.user());
    env.put("MORK_EDX_MYSQL_DB_PASSWORD", EDX_PASSWORD);
    env.put("MORK_PII_HMAC_SECRET", HMAC);
    env.put("MORK_SARBACANE_API_KEY", SARBACANE_KEY);
    env.put("MORK_SARBACANE_ACCOUNT_ID", SARBACANE_ACCOUNT);
    env.put("MORK_SARBACANE_MAX_ATTEMPTS", "1");
    env.put("MORK_WEBHOOK_JOANIE_URL", servers.sarbacane.baseUrl() + "/joanie/erasures");
    env.put("MORK_WEBHOOK_JOANIE_SECRET", WEBHOOK_SECRET);
    env.put("MORK_SERVICE_API_KEYS", "ashley=" + E2eServers.ASHLEY_KEY);
    return MorkRuns.environment(servers, env);
  }

  private static List<String> secrets() {
    return List.of(
        E2eServers.ADMIN_KEY,
        E2eServers.ASHLEY_KEY,
        E2eServers.JOANIE_KEY,
        SMTP_PASSWORD,
        "\0" + SMTP_USER + "\0" + SMTP_PASSWORD,
        STORE_PASSWORD,
        EDX_PASSWORD,
        HMAC,
        SARBACANE_KEY,
        SARBACANE_ACCOUNT,
        WEBHOOK_SECRET);
  }

  /** Emails of the demo's long-inactive learners, in id order. */
  private List<String> inactiveEmails() throws Exception {
    List<String> emails = new ArrayList<>();
    try (Connection c = servers.edx();
        var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT email FROM auth_user WHERE is_staff = 0 AND last_login < '2021-01-01'"
                    + " ORDER BY id")) {
      while (r.next()) {
        emails.add(r.getString(1));
      }
    }
    return emails;
  }
}

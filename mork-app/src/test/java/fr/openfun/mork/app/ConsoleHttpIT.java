package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.testing.MutableClock;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator console's security over plain HTTP, on the embedded demo wiring: cookie attributes,
 * CSRF, wrong and service keys, the idle timeout, sign-out, and the API's key guard left intact.
 */
class ConsoleHttpIT {
  private static final String ADMIN_KEY = "console-admin-key-0123456789";
  private static final String JOANIE_KEY = "console-joanie-key-0123456789";

  @TempDir Path dataDir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private MorkApplication app;
  private ConsoleClient console;
  private HttpProbe api;

  private void start(Map<String, String> overrides) {
    int port = E2eServers.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("MORK_DATA_DIR", dataDir.toString());
    env.put("MORK_API_SERVER_PORT", String.valueOf(port));
    env.put("MORK_HTTP_BIND_ADDRESS", "127.0.0.1");
    env.put("MORK_API_KEYS", "ops=" + ADMIN_KEY);
    env.put("MORK_SERVICES", "edx,joanie");
    env.put("MORK_SERVICE_API_KEYS", "joanie=" + JOANIE_KEY);
    env.putAll(overrides);
    app = new MorkApplication(MorkConfigLoader.load(env), clock);
    app.lifecycle().start(RunMode.API);
    console = new ConsoleClient(port);
    api = new HttpProbe(port);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void givenAnAdminKey_signIn_setsAnHttpOnlyStrictSessionCookieOnConsolePathOnly() {
    start(Map.of());

    HttpResponse<String> signedIn = console.signIn(ADMIN_KEY);

    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/console/overview");
    List<String> cookies = ConsoleClient.setCookies(signedIn, "mork_console");
    assertThat(cookies).hasSize(1);
    assertThat(cookies.get(0))
        .matches("mork_console=[A-Za-z0-9_-]{43}; .*")
        .contains("; Path=/console", "; HttpOnly", "; SameSite=Strict")
        .doesNotContain("Secure");
    assertThat(console.get("/console/overview").statusCode()).isEqualTo(200);
  }

  @Test
  void givenATrustedProxySayingHttps_signIn_marksTheCookieSecure() {
    start(Map.of("MORK_CONSOLE_TRUST_FORWARDED_PROTO", "true"));

    HttpResponse<String> signedIn = console.signIn(ADMIN_KEY, "X-Forwarded-Proto", "https");

    assertThat(ConsoleClient.setCookies(signedIn, "mork_console").get(0)).endsWith("; Secure");
  }

  @Test
  void givenAnUntrustedProxySayingHttps_signIn_leavesTheCookieUnsecured() {
    start(Map.of());

    HttpResponse<String> signedIn = console.signIn(ADMIN_KEY, "X-Forwarded-Proto", "https");

    assertThat(ConsoleClient.setCookies(signedIn, "mork_console").get(0)).doesNotContain("Secure");
  }

  @Test
  void givenAWrongKey_signIn_answersTheFormWithAnErrorAndNoSession() {
    start(Map.of());

    HttpResponse<String> refused = console.signIn("not-a-key-of-this-mork");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body())
        .contains("Invalid API key.")
        .doesNotContain("not-a-key-of-this-mork");
    assertThat(ConsoleClient.setCookies(refused, "mork_console")).isEmpty();
    assertThat(console.get("/console/overview").statusCode()).isEqualTo(303);
  }

  @Test
  void givenAServiceKey_signIn_isRefusedWithoutASession() {
    start(Map.of());

    HttpResponse<String> refused = console.signIn(JOANIE_KEY);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("only admin keys may sign in");
    assertThat(ConsoleClient.setCookies(refused, "mork_console")).isEmpty();
  }

  @Test
  void givenASignInPostWithoutTheFormToken_signIn_isRefused403() {
    start(Map.of());
    console.get("/console/sign-in");

    HttpResponse<String> refused =
        console.post("/console/sign-in", Map.of("api_key", ADMIN_KEY, "csrf", "forged"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(ConsoleClient.setCookies(refused, "mork_console")).isEmpty();
  }

  @Test
  void givenASession_aPostWithoutCsrfToken_isRefused403AndChangesNothing() {
    start(Map.of());
    console.signIn(ADMIN_KEY);

    HttpResponse<String> refused = console.post("/console/pause", Map.of("to", "paused"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("CSRF");
    assertThat(app.graph().services().control().paused()).isFalse();
  }

  @Test
  void givenASession_aPostWithAWrongCsrfToken_isRefused403AndChangesNothing() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String token = ConsoleClient.csrf(console.get("/console/overview").body());

    HttpResponse<String> refused =
        console.post("/console/pause", Map.of("to", "paused", "csrf", token + "x"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(app.graph().services().control().paused()).isFalse();
  }

  @Test
  void givenASession_aPostWithItsCsrfToken_pausesAuditedAsTheConsoleOperator() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String token = ConsoleClient.csrf(console.get("/console/overview").body());

    HttpResponse<String> done =
        console.post("/console/pause", Map.of("to", "paused", "csrf", token));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(app.graph().services().control().paused()).isTrue();
    assertThat(console.get("/console/overview").body())
        .contains("Paused: nothing destructive runs.");
  }

  @Test
  void givenASessionIdlePastTheTimeout_aPage_redirectsToSignInAndTheSessionIsGone() {
    start(Map.of("MORK_CONSOLE_SESSION_IDLE_TIMEOUT", "PT10M"));
    console.signIn(ADMIN_KEY);
    clock.advance(Duration.ofMinutes(9));
    assertThat(console.get("/console/overview").statusCode()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(11));
    HttpResponse<String> expired = console.get("/console/overview");
    clock.advance(Duration.ofSeconds(-1));
    HttpResponse<String> again = console.get("/console/overview");

    assertThat(expired.statusCode()).isEqualTo(303);
    assertThat(expired.headers().firstValue("Location")).hasValue("/console/sign-in?expired");
    assertThat(again.statusCode()).isEqualTo(303);
  }

  @Test
  void givenASignedOutSession_itsCookie_opensNothingAnymore() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String cookie = console.cookie("mork_console").orElseThrow();
    String token = ConsoleClient.csrf(console.get("/console/overview").body());

    HttpResponse<String> out = console.post("/console/sign-out", Map.of("csrf", token));
    HttpResponse<String> replayed =
        console.get("/console/overview", "Cookie", "mork_console=" + cookie);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(ConsoleClient.setCookies(out, "mork_console").get(0)).contains("Max-Age=0");
    assertThat(replayed.statusCode()).isEqualTo(303);
  }

  @Test
  void givenTheConsoleMounted_theApi_stillRefusesRequestsWithoutAKey() {
    start(Map.of());
    console.signIn(ADMIN_KEY);

    HttpResponse<String> withCookieOnly =
        console.get("/v1/tasks", "Cookie", "mork_console=" + console.cookie("mork_console").get());

    assertThat(withCookieOnly.statusCode()).isEqualTo(401);
    assertThat(api.get("/v1/pause", ADMIN_KEY).statusCode()).isEqualTo(200);
  }

  @Test
  void givenBadInput_aPage_answers4xxWithAMessageAndNoStackTrace() {
    start(Map.of());
    console.signIn(ADMIN_KEY);

    HttpResponse<String> malformed = console.get("/console/tasks/not-a-uuid");
    HttpResponse<String> unknown = console.get("/console/tasks/" + UUID.randomUUID());
    HttpResponse<String> filter = console.get("/console/tasks?status=%3Cscript%3E");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body())
        .contains("Malformed task id.")
        .doesNotContain("Exception", "at fr.");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(filter.statusCode()).isEqualTo(400);
    assertThat(filter.body()).doesNotContain("<script>");
  }

  @Test
  void givenAPendingDryRun_itsPage_refreshesItselfAndRevokeEndsIt() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String token = ConsoleClient.csrf(console.get("/console/tasks").body());
    HttpResponse<String> started =
        console.post(
            "/console/tasks", Map.of("type", "delete_inactive_users", "limit", "5", "csrf", token));
    String path = started.headers().firstValue("Location").orElseThrow();
    UUID id = UUID.fromString(path.substring("/console/tasks/".length()));
    String page = console.get(path).body();

    HttpResponse<String> revoked = console.post(path + "/revoke", Map.of("csrf", token));

    assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"2\">", "PENDING");
    assertThat(revoked.statusCode()).isEqualTo(303);
    Task task = app.graph().services().getTasks().find(id).orElseThrow();
    assertThat(task.dryRun()).isTrue();
    assertThat(task.status()).isEqualTo(TaskStatus.REVOKED);
    assertThat(task.requestedBy().name()).isEqualTo("console:ops");
  }

  @Test
  void givenATaskThatIsNotAFinishedDryRun_approve_isRefused409() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String token = ConsoleClient.csrf(console.get("/console/tasks").body());
    String path =
        console
            .post("/console/tasks", Map.of("type", "delete_inactive_users", "csrf", token))
            .headers()
            .firstValue("Location")
            .orElseThrow();

    HttpResponse<String> refused = console.post(path + "/approve", Map.of("csrf", token));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("error-message");
  }

  @Test
  void givenAnUnknownLedgerUser_retry_answers404() {
    start(Map.of());
    console.signIn(ADMIN_KEY);
    String token = ConsoleClient.csrf(console.get("/console/ledger").body());

    HttpResponse<String> refused =
        console.post(
            "/console/ledger/" + UUID.randomUUID() + "/joanie/retry", Map.of("csrf", token));

    assertThat(refused.statusCode()).isEqualTo(404);
  }
}

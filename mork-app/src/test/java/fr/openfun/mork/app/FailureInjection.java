package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/**
 * The failures {@link SecretsInLogsIT} provokes: services answering 500 with bodies that quote the
 * user and the API key, a database trigger whose error names a learner, and API requests that must
 * be refused while carrying personal data or secrets.
 */
final class FailureInjection {
  static final String WEBHOOK_PATH = "/joanie/erasures";

  private FailureInjection() {}

  /**
   * Sarbacane answers as usual except 500 for these users' list contacts, quoting the email and the
   * API key; the webhook service accepts everyone but them, answering 500 with their email.
   */
  static void sarbacaneAndWebhookFailFor(E2eServers servers, List<String> emails, String apiKey) {
    MorkRuns.stubSarbacane(servers);
    servers.sarbacane.stubFor(
        post(urlPathEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(202)));
    for (String email : emails) {
      servers.sarbacane.stubFor(
          delete(urlPathEqualTo("/lists/l1/contacts"))
              .withQueryParam("email", equalTo(email))
              .atPriority(1)
              .willReturn(
                  aResponse()
                      .withStatus(500)
                      .withBody(
                          "{\"message\":\"cannot delete "
                              + email
                              + " (apiKey "
                              + apiKey
                              + ")\"}")));
      servers.sarbacane.stubFor(
          post(urlPathEqualTo(WEBHOOK_PATH))
              .withRequestBody(containing(email))
              .atPriority(1)
              .willReturn(aResponse().withStatus(500).withBody("no account for " + email)));
    }
  }

  /** How many webhook calls were answered 500. */
  static long webhookFailures(E2eServers servers) {
    return servers.sarbacane.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().startsWith(WEBHOOK_PATH))
        .filter(e -> e.getResponse().getStatus() == 500)
        .count();
  }

  /** A trigger refusing to delete one learner's profile, its message naming them in full. */
  static String legalHold(String email) {
    return "CREATE TRIGGER legal_hold BEFORE DELETE ON auth_userprofile FOR EACH ROW"
        + " IF (SELECT email FROM auth_user WHERE id = OLD.user_id) = '"
        + email
        + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'legal hold on "
        + email
        + "'; END IF";
  }

  /**
   * Twelve requests the API refuses (wrong or unscoped key, an email or a username in the path,
   * bodies holding an email, a password, a key...); the answers, for their bodies.
   */
  static List<HttpResponse<String>> badRequests(
      HttpProbe http, String email, String username, String password, String key, String hmac) {
    String admin = E2eServers.ADMIN_KEY;
    String emailUser =
        "{\"type\":\"email_user\",\"email\":\"%s\",\"username\":\"%s\",\"dry_run\":\"%s\"}"
            .formatted(email, username, password);
    return List.of(
        http.get("/v1/tasks", "not-" + admin),
        http.get("/v1/tasks", E2eServers.ASHLEY_KEY),
        http.get("/v1/users/" + email, admin),
        http.get("/v1/users/" + username, admin),
        http.get("/v1/users/" + UUID.randomUUID(), admin),
        http.get("/v1/nowhere/" + email, admin),
        http.post("/v1/tasks", admin, "{\"type\":\"delete_user\",\"email\":\"<" + email + ">\"}"),
        http.post("/v1/tasks", admin, emailUser),
        http.post("/v1/tasks", admin, "{\"type\":\"" + key + "\"}"),
        http.post("/v1/tasks", admin, "{\"type\":\"delete_user\",\"email\":\"" + email),
        http.post(
            "/v1/edx/plan/acknowledge",
            admin,
            "{\"fingerprint\":\"" + hmac.substring(0, 40) + "\"}"),
        http.patch(
            "/v1/users/" + UUID.randomUUID() + "/status/ashley",
            E2eServers.ASHLEY_KEY,
            "{\"deletion_status\":\"" + email + "\"}"));
  }
}

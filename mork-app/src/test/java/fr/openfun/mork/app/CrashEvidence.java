package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The outside world of the crash suite: the Sarbacane stub (one list, one blacklist, DELETEs taking
 * 2 ms as a remote API would), and what it and the SMTP server received.
 */
final class CrashEvidence {
  private CrashEvidence() {}

  static void stubSarbacane(E2eServers servers) {
    servers.sarbacane.stubFor(get(urlPathEqualTo("/lists")).willReturn(json("[{\"id\":\"l1\"}]")));
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/blacklists")).willReturn(json("[{\"id\":\"b1\"}]")));
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*")).willReturn(json("{}").withFixedDelay(2)));
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** Recipient to the number of messages whose subject contains {@code subject}. */
  static Map<String, Integer> mailsTo(E2eServers servers, String subject) {
    Map<String, Integer> byRecipient = new HashMap<>();
    try {
      for (MimeMessage message : servers.smtp.getReceivedMessages()) {
        if (message.getSubject() != null && message.getSubject().contains(subject)) {
          for (Address to : message.getAllRecipients()) {
            byRecipient.merge(to.toString(), 1, Integer::sum);
          }
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return byRecipient;
  }

  /** The addresses of the seeded users with these edX ids. */
  static Set<String> emailsOf(Iterable<Long> ids) {
    Set<String> emails = new HashSet<>();
    ids.forEach(id -> emails.add("learner" + id + "@example.org"));
    return emails;
  }

  /** What {@code expected} holds that {@code actual} lacks. */
  static Set<String> missing(Set<String> expected, Set<String> actual) {
    Set<String> missing = new java.util.TreeSet<>(expected);
    missing.removeAll(actual);
    return missing;
  }

  /** Messages beyond the first, per recipient, summed. */
  static int duplicates(Map<String, Integer> mailsTo) {
    return mailsTo.values().stream().mapToInt(n -> n - 1).sum();
  }

  /** Email to the Sarbacane paths a DELETE was sent to for it (path without the query). */
  static Map<String, Set<String>> sarbacaneDeletes(E2eServers servers) {
    Map<String, Set<String>> byEmail = new HashMap<>();
    for (ServeEvent event : servers.sarbacane.getAllServeEvents()) {
      if (event.getRequest().getMethod().getName().equals("DELETE")) {
        QueryParameter email = event.getRequest().queryParameter("email");
        String path = event.getRequest().getUrl().split("\\?")[0];
        byEmail.computeIfAbsent(email.firstValue(), e -> new HashSet<>()).add(path);
      }
    }
    return byEmail;
  }

  static long sarbacaneDeleteCount(E2eServers servers) {
    return servers.sarbacane.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals("DELETE"))
        .count();
  }
}

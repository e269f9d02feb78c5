package fr.openfun.mork.adapter.sarbacane;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AccountEraser;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a contact from every Sarbacane contact list and, unless suppression lists are kept, from
 * every blacklist's unsubscribers and complaints: Sarbacane's API cannot delete a contact outright.
 * Every DELETE is idempotent, so a failure half-way is completed by the next attempt. A batch's
 * users are erased {@code concurrency} at a time, each one's requests in turn, all of them paced by
 * one shared {@link RequestPacer}.
 */
public final class SarbacaneAccountEraser implements AccountEraser {
  private static final Logger LOG = LoggerFactory.getLogger(SarbacaneAccountEraser.class);

  private final SarbacaneHttp http;
  private final ListDirectory directory;
  private final boolean keepSuppressionLists;
  private final int concurrency;
  private final FailureOutcomes failures = new FailureOutcomes();

  /** The eraser, or empty (logged once) when {@code MORK_SARBACANE_API_URL} is empty. */
  public static Optional<AccountEraser> ifEnabled(SarbacaneSettings settings, Clock clock) {
    if (!settings.enabled()) {
      LOG.info("Sarbacane disabled (MORK_SARBACANE_API_URL is empty): its statuses stay untouched");
      return Optional.empty();
    }
    return Optional.of(new SarbacaneAccountEraser(settings, clock));
  }

  /** Needs enabled settings; {@code clock} drives the list cache and HTTP-date Retry-After. */
  public SarbacaneAccountEraser(SarbacaneSettings settings, Clock clock) {
    this(
        settings,
        clock,
        SarbacaneHttp.client(settings),
        RequestPacer.real(settings.requestsPerSecond()),
        Sleeper.REAL);
  }

  SarbacaneAccountEraser(
      SarbacaneSettings settings,
      Clock clock,
      HttpClient client,
      RequestPacer pacer,
      Sleeper retrySleeper) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("settings: Sarbacane is disabled (empty API URL)");
    }
    this.http = new SarbacaneHttp(settings, client, clock, pacer, retrySleeper);
    this.directory = new ListDirectory(http, clock, settings.listCacheTtl(), settings.pageSize());
    this.keepSuppressionLists = settings.keepSuppressionLists();
    this.concurrency = settings.concurrency();
    if (keepSuppressionLists) {
      LOG.info("Sarbacane: suppression lists kept (unsubscribers and complaints untouched)");
    }
  }

  @Override
  public ServiceName service() {
    return ServiceName.SARBACANE;
  }

  @Override
  public ErasureOutcome erase(ErasureRequest request) {
    return run(request, false);
  }

  /** Up to {@code MORK_SARBACANE_CONCURRENCY} users at a time, within the one rate limit. */
  @Override
  public List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
    return AccountEraser.eraseConcurrently(this, requests, concurrency);
  }

  /** Reads the list and blacklist ids only; counts are the removals that would be attempted. */
  @Override
  public ErasureOutcome preview(ErasureRequest request) {
    return run(request, true);
  }

  private ErasureOutcome run(ErasureRequest request, boolean dryRun) {
    String email = request.email();
    try {
      List<String> lists = directory.ids("/lists");
      List<String> blacklists = keepSuppressionLists ? List.of() : directory.ids("/blacklists");
      if (dryRun) {
        return erased(lists.size(), blacklists.size(), blacklists.size());
      }
      long contacts = removeAll(lists, "/lists/", "/contacts", email);
      long unsubscribers = removeAll(blacklists, "/blacklists/", "/unsubscribers", email);
      long complaints = removeAll(blacklists, "/blacklists/", "/complaints", email);
      failures.recovered();
      LOG.info(
          "Sarbacane: {} removed from {} lists, {} unsubscribers, {} complaints",
          Pii.maskEmail(email),
          contacts,
          unsubscribers,
          complaints);
      return erased(contacts, unsubscribers, complaints);
    } catch (SarbacaneFailure failure) {
      return failures.failed(failure, email);
    }
  }

  private long removeAll(List<String> ids, String prefix, String suffix, String email)
      throws SarbacaneFailure {
    long removed = 0;
    for (String id : ids) {
      String path = prefix + Redaction.encode(id) + suffix;
      Answer answer = http.delete(path, email);
      String request = "DELETE " + prefix + "{id}" + suffix;
      switch (answer) {
        case Answer.Success s -> removed++;
        case Answer.Absent a -> LOG.debug("Sarbacane {}: not there", Redaction.target(path, email));
        case Answer.Transient t -> {
          if (t.reason().startsWith("HTTP 404")) {
            directory.forget(); // the list may be gone: list again on the next attempt
          }
          throw ListDirectory.failure(answer, request);
        }
        case Answer.Rejected r -> throw ListDirectory.failure(answer, request);
        case Answer.Permanent p -> throw ListDirectory.failure(answer, request);
      }
    }
    return removed;
  }

  private static ErasureOutcome erased(long lists, long unsubscribers, long complaints) {
    return new ErasureOutcome.Erased(
        Map.of("lists", lists, "unsubscribers", unsubscribers, "complaints", complaints));
  }
}

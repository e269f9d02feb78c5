package fr.openfun.mork.adapter.sarbacane;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of every contact list ({@code /lists}) or blacklist ({@code /blacklists}), read page by
 * page ({@code offset}, {@code limit}) until a short page, and kept for {@code ttl}. Safe to share
 * between threads: one of them lists while the others wait for its ids, and a {@link #forget} is
 * never undone by a listing that started before it.
 */
final class ListDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(ListDirectory.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Cached(List<String> ids, Instant fetchedAt) {}

  private final SarbacaneHttp http;
  private final Clock clock;
  private final Duration ttl;
  private final int pageSize;
  private final Map<String, Cached> cache = new HashMap<>();
  // held while listing (a ReentrantLock, so that a virtual thread waiting here pins no carrier)
  private final ReentrantLock lock = new ReentrantLock();

  ListDirectory(SarbacaneHttp http, Clock clock, Duration ttl, int pageSize) {
    this.http = http;
    this.clock = clock;
    this.ttl = ttl;
    this.pageSize = pageSize;
  }

  /** The ids under {@code collection}, from the cache while it is younger than the TTL. */
  List<String> ids(String collection) throws SarbacaneFailure {
    lock.lock();
    try {
      Instant now = clock.instant();
      Cached cached = cache.get(collection);
      if (cached != null && now.isBefore(cached.fetchedAt().plus(ttl))) {
        return cached.ids();
      }
      List<String> ids = fetch(collection);
      cache.put(collection, new Cached(ids, now));
      LOG.debug("Sarbacane {}: {} ids", collection, ids.size());
      return ids;
    } finally {
      lock.unlock();
    }
  }

  /** Drops the cached ids, e.g. after an answer suggesting a list no longer exists. */
  void forget() {
    lock.lock();
    try {
      cache.clear();
    } finally {
      lock.unlock();
    }
  }

  private List<String> fetch(String collection) throws SarbacaneFailure {
    Set<String> ids = new LinkedHashSet<>();
    for (long offset = 0; ; offset += pageSize) {
      String target = collection + "?offset=" + offset + "&limit=" + pageSize;
      Answer answer = http.get(target);
      if (!(answer instanceof Answer.Success page)) {
        throw failure(answer, "GET " + collection);
      }
      List<String> pageIds = parse(page.body(), collection);
      int before = ids.size();
      ids.addAll(pageIds);
      if (pageIds.size() < pageSize) {
        return List.copyOf(ids);
      }
      if (ids.size() == before) {
        LOG.warn("Sarbacane GET {} repeats a full page: it seems to ignore offset", collection);
        return List.copyOf(ids);
      }
    }
  }

  private static List<String> parse(String body, String collection) throws SarbacaneFailure {
    String request = "GET " + collection;
    String reason = "malformed JSON";
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isArray()) {
        throw new SarbacaneFailure(new Answer.Transient(reason), request);
      }
      List<String> ids = new ArrayList<>();
      for (JsonNode item : root) {
        JsonNode id = item.get("id");
        if (id == null || !id.isValueNode() || id.asText().isBlank()) {
          throw new SarbacaneFailure(new Answer.Transient(reason), request);
        }
        ids.add(id.asText());
      }
      return ids;
    } catch (JacksonException e) {
      throw new SarbacaneFailure(new Answer.Transient(reason), request);
    }
  }

  static SarbacaneFailure failure(Answer answer, String request) {
    Answer failed =
        switch (answer) {
          case Answer.Success s -> new Answer.Transient("unexpected success");
          case Answer.Absent a -> new Answer.Transient(request + ": unexpected 'not there'");
          case Answer.Transient t -> t;
          case Answer.Rejected r -> r;
          case Answer.Permanent p -> p;
        };
    return new SarbacaneFailure(failed, request);
  }
}

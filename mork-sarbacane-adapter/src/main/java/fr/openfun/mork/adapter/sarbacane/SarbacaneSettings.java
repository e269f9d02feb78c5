package fr.openfun.mork.adapter.sarbacane;

import java.time.Duration;
import java.util.Objects;

/**
 * How Mork talks to Sarbacane. An empty {@code apiUrl} disables the service: {@link #enabled()} is
 * then false and the app must not register the eraser, so Sarbacane statuses stay untouched.
 *
 * @param apiUrl base URL ({@code MORK_SARBACANE_API_URL}), without trailing slash; empty = disabled
 * @param apiKey sent as the {@code apiKey} header
 * @param accountId sent as the {@code accountId} header
 * @param connectTimeout TCP connect timeout
 * @param readTimeout how long one request may wait for its answer
 * @param requestsPerSecond at most this many requests per second, across all users
 * @param listCacheTtl how long the list and blacklist ids are reused before being fetched again
 * @param keepSuppressionLists when true, leave blacklists (unsubscribers, complaints) untouched
 * @param pageSize {@code limit} of each {@code GET /lists} and {@code GET /blacklists} page
 *     (1..1000)
 * @param maxAttempts attempts per request on a transient fault before answering failed (1..10)
 * @param maxRetryWait longest wait between two attempts inside one call; a longer Retry-After ends
 *     the call with a transient failure and leaves the wait to the reconciler's back-off
 * @param concurrency users of a batch erased at a time (1..64); {@code requestsPerSecond} still
 *     caps their requests together
 */
public record SarbacaneSettings(
    String apiUrl,
    String apiKey,
    String accountId,
    Duration connectTimeout,
    Duration readTimeout,
    double requestsPerSecond,
    Duration listCacheTtl,
    boolean keepSuppressionLists,
    int pageSize,
    int maxAttempts,
    Duration maxRetryWait,
    int concurrency) {

  public static final String DEFAULT_API_URL = "https://sarbacaneapis.com/v1";
  public static final int MAX_PAGE_SIZE = 1000;
  public static final int MAX_CONCURRENCY = 64;

  public SarbacaneSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(accountId, "accountId");
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    Objects.requireNonNull(listCacheTtl, "listCacheTtl");
    Objects.requireNonNull(maxRetryWait, "maxRetryWait");
    if (listCacheTtl.isNegative() || maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("listCacheTtl and maxRetryWait must not be negative");
    }
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be a positive number");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be within 1..1000, got " + pageSize);
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be within 1..10, got " + maxAttempts);
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency (MORK_SARBACANE_CONCURRENCY) must be within 1..64, got " + concurrency);
    }
    apiUrl = apiUrl.strip();
    while (apiUrl.endsWith("/")) {
      apiUrl = apiUrl.substring(0, apiUrl.length() - 1);
    }
    if (!apiUrl.isEmpty() && !apiUrl.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("MORK_SARBACANE_API_URL must be an http(s) URL or empty");
    }
    if (!apiUrl.isEmpty() && (apiKey.isBlank() || accountId.isBlank())) {
      throw new IllegalArgumentException(
          "MORK_SARBACANE_API_KEY and MORK_SARBACANE_ACCOUNT_ID are required when"
              + " MORK_SARBACANE_API_URL is set (set it empty to disable Sarbacane)");
    }
  }

  /** Settings with the defaults for everything but the three connection values. */
  public static SarbacaneSettings of(String apiUrl, String apiKey, String accountId) {
    return new SarbacaneSettings(
        apiUrl,
        apiKey,
        accountId,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        10,
        Duration.ofMinutes(5),
        false,
        MAX_PAGE_SIZE,
        3,
        Duration.ofSeconds(5),
        8);
  }

  /** False when {@code MORK_SARBACANE_API_URL} is empty: Sarbacane is not erased from at all. */
  public boolean enabled() {
    return !apiUrl.isEmpty();
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Never shows the API key or the account id. */
  @Override
  public String toString() {
    return "SarbacaneSettings[apiUrl=%s, apiKey=***, accountId=***, connectTimeout=%s, readTimeout=%s, requestsPerSecond=%s, listCacheTtl=%s, keepSuppressionLists=%s, pageSize=%d, maxAttempts=%d, maxRetryWait=%s, concurrency=%d]"
        .formatted(
            apiUrl,
            connectTimeout,
            readTimeout,
            requestsPerSecond,
            listCacheTtl,
            keepSuppressionLists,
            pageSize,
            maxAttempts,
            maxRetryWait,
            concurrency);
  }
}

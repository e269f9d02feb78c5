package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ServiceName;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request ids and the access log: method, path (never the query string, control characters dropped,
 * and only Mork's own route words, ids, configured service names and docs assets kept as they are:
 * any other segment — an email, a username a client put in the path — is masked), status, duration
 * and request id. Never a body or a key. The same hook tells the {@link RequestListener} the
 * matched route pattern.
 */
final class RequestLog {
  static final String HEADER = "X-Request-ID";
  private static final Logger LOG = LoggerFactory.getLogger("fr.openfun.mork.api.access");
  private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String ATTRIBUTE = "mork.request-id";

  /** The literal segments of Mork's routes: what a path may hold that is never personal data. */
  private static final Set<String> ROUTE_WORDS =
      Set.of(
          "v1",
          "tasks",
          "users",
          "status",
          "approve",
          "history",
          "retry",
          "skip",
          "edx",
          "plan",
          "acknowledge",
          "pause",
          "metrics",
          "docs",
          "openapi.json",
          "__heartbeat__",
          "__lbheartbeat__");

  private static final Pattern ID =
      Pattern.compile(
          "(?i)(urn:uuid:)?\\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\\}?"
              + "|[0-9]{1,19}");
  private static final Pattern ASSET =
      Pattern.compile("[A-Za-z0-9_-]{1,64}\\.(js|css|png|html|map)");

  private RequestLog() {}

  /** Keeps a well-formed incoming id, else makes one; echoes it on the response. */
  static void assignId(Context ctx) {
    String id = idFor(ctx.header(HEADER));
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /** The well-formed {@code incoming} id, else a new one. */
  static String idFor(String incoming) {
    return incoming != null && ACCEPTED_ID.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  /**
   * The access-log line of a request answered ahead of Javalin (see {@link ProbeHandler}); a probe
   * told that the node is {@code starting} is as quiet as a successful one.
   */
  static void logRaw(
      String method,
      String path,
      int status,
      Duration took,
      String id,
      Set<ServiceName> services,
      boolean starting) {
    boolean quiet = quietProbe(path, starting ? 200 : status);
    if (quiet ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
      return;
    }
    Object[] args = {method, safePath(path, services), status, took.toMillis(), id};
    if (quiet) {
      LOG.debug("{} {} {} {}ms request_id={}", args);
    } else {
      LOG.info("{} {} {} {}ms request_id={}", args);
    }
  }

  static void listenerFailed(RuntimeException e) {
    LOG.debug("request listener failed: {}", e.toString());
  }

  static void log(Context ctx, Float millis, Set<ServiceName> services) {
    boolean quiet = quietProbe(ctx.path(), ctx.statusCode());
    if (quiet ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
      return;
    }
    String id = ctx.attribute(ATTRIBUTE);
    Object[] args = {
      ctx.method(),
      safePath(ctx.path(), services),
      ctx.statusCode(),
      Math.round(millis == null ? 0 : millis),
      id == null ? "-" : id
    };
    if (quiet) {
      LOG.debug("{} {} {} {}ms request_id={}", args);
    } else {
      LOG.info("{} {} {} {}ms request_id={}", args);
    }
  }

  /** Logs the request, then tells {@code listener}; a failing listener never fails the request. */
  static void logAndNotify(
      Context ctx, Float millis, RequestListener listener, Set<ServiceName> services) {
    log(ctx, millis, services);
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    Duration took = Duration.ofNanos(Math.round((millis == null ? 0 : millis) * 1_000_000d));
    try {
      listener.onRequest(
          ctx.method().name(),
          endpoint == null ? RequestListener.UNMATCHED : endpoint.path,
          ctx.statusCode(),
          took);
    } catch (RuntimeException e) {
      LOG.debug("request listener failed: {}", e.toString());
    }
  }

  /**
   * A successful load-balancer or health probe: logged at DEBUG only, so that probes every few
   * seconds neither flood the log nor cost a log write each. A failing probe stays at INFO.
   */
  static boolean quietProbe(String path, int status) {
    return status < 400 && (path.equals("/__lbheartbeat__") || path.equals("/__heartbeat__"));
  }

  static String safePath(String path, Set<ServiceName> services) {
    String printable =
        path.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    String[] segments = printable.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      segments[i] = safeSegment(segments[i], i > 0 && segments[i - 1].equals("docs"), services);
    }
    String masked = String.join("/", segments);
    return masked.length() > 200 ? masked.substring(0, 200) + "..." : masked;
  }

  private static String safeSegment(String segment, boolean asset, Set<ServiceName> services) {
    if (segment.isEmpty()
        || ROUTE_WORDS.contains(segment)
        || ID.matcher(segment).matches()
        || (asset && ASSET.matcher(segment).matches())
        || services.stream().anyMatch(s -> s.value().equals(segment))) {
      return segment;
    }
    return segment.contains("@") || segment.contains("%40")
        ? Pii.maskEmail(segment)
        : Pii.maskUsername(segment);
  }
}

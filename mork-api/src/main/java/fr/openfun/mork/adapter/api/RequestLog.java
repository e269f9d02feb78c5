package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.Pii;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request ids and the access log: method, path (never the query string, segments holding an email
 * masked, control characters dropped), status, duration and request id. Never a body or a key. The
 * same hook tells the {@link RequestListener} the matched route pattern.
 */
final class RequestLog {
  static final String HEADER = "X-Request-ID";
  private static final Logger LOG = LoggerFactory.getLogger("fr.openfun.mork.api.access");
  private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String ATTRIBUTE = "mork.request-id";

  private RequestLog() {}

  /** Keeps a well-formed incoming id, else makes one; echoes it on the response. */
  static void assignId(Context ctx) {
    String incoming = ctx.header(HEADER);
    String id =
        incoming != null && ACCEPTED_ID.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  static void log(Context ctx, Float millis) {
    boolean quiet = quietProbe(ctx.path(), ctx.statusCode());
    if (quiet ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
      return;
    }
    String id = ctx.attribute(ATTRIBUTE);
    Object[] args = {
      ctx.method(),
      safePath(ctx.path()),
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
  static void logAndNotify(Context ctx, Float millis, RequestListener listener) {
    log(ctx, millis);
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

  static String safePath(String path) {
    String printable =
        path.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    String masked =
        Arrays.stream(printable.split("/", -1))
            .map(
                segment ->
                    segment.contains("@") || segment.contains("%40")
                        ? Pii.maskEmail(segment)
                        : segment)
            .collect(Collectors.joining("/"));
    return masked.length() > 200 ? masked.substring(0, 200) + "..." : masked;
  }
}

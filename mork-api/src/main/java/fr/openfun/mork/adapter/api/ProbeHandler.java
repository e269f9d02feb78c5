package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.ServiceName;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A raw Jetty handler ahead of Javalin's servlet pipeline. It answers {@code GET /__lbheartbeat__}
 * (no query string, no body: anything else takes the full pipeline and its checks) itself, with the
 * headers and body the Javalin route gives, so a load balancer probing every second costs no
 * servlet, routing or JSON work. Until the node is {@link #open}, it also answers every other
 * request with 503, so the listener can come up before the use cases are wired: the process is
 * alive ({@code /__lbheartbeat__} 200) but not ready (everything else 503).
 */
final class ProbeHandler extends Handler.Wrapper {
  static final String LB_HEARTBEAT = "/__lbheartbeat__";
  private static final ByteBuffer NULL = bytes("null");
  private static final ByteBuffer STARTING = bytes("{\"detail\":\"Mork is starting\"}");

  private final RequestListener listener;
  private final Set<ServiceName> services;
  private volatile boolean open;

  ProbeHandler(RequestListener listener, Set<ServiceName> services, boolean open) {
    this.listener = listener;
    this.services = services;
    this.open = open;
  }

  /** From now on every request other than the fast probe goes to Javalin. */
  void open() {
    this.open = true;
  }

  boolean isOpen() {
    return open;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (isLbHeartbeat(request)) {
      long start = System.nanoTime();
      String id = RequestLog.idFor(request.getHeaders().get(RequestLog.HEADER));
      answer(response, HttpStatus.OK_200, id, NULL, callback);
      finished(request, HttpStatus.OK_200, id, start, LB_HEARTBEAT, false);
      return true;
    }
    if (!open) {
      long start = System.nanoTime();
      String id = RequestLog.idFor(request.getHeaders().get(RequestLog.HEADER));
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      answer(response, HttpStatus.SERVICE_UNAVAILABLE_503, id, STARTING, callback);
      finished(
          request, HttpStatus.SERVICE_UNAVAILABLE_503, id, start, RequestListener.UNMATCHED, true);
      return true;
    }
    return super.handle(request, response, callback);
  }

  private static boolean isLbHeartbeat(Request request) {
    return "GET".equals(request.getMethod())
        && LB_HEARTBEAT.equals(request.getHttpURI().getPath())
        && request.getHttpURI().getQuery() == null
        && request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) <= 0
        && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  private static void answer(
      Response response, int status, String id, ByteBuffer body, Callback callback) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(RequestLog.HEADER, id);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
    response.write(true, body.slice(), callback);
  }

  private void finished(
      Request request, int status, String id, long start, String route, boolean starting) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    RequestLog.logRaw(
        request.getMethod(), request.getHttpURI().getPath(), status, took, id, services, starting);
    try {
      listener.onRequest(request.getMethod(), route, status, took);
    } catch (RuntimeException e) {
      RequestLog.listenerFailed(e);
    }
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
  }
}

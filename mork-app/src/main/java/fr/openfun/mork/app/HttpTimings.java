package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.RequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times HTTP requests ({@code mork_http_requests_seconds}) by method, route pattern and status. The
 * API gives the route pattern, never the raw path, so the tags stay few and free of user data.
 */
final class HttpTimings implements RequestListener {
  private final MeterRegistry registry;

  HttpTimings(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onRequest(String method, String route, int status, Duration duration) {
    Timer.builder("mork.http.requests")
        .description("HTTP requests by method, route pattern and status")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(duration);
  }
}

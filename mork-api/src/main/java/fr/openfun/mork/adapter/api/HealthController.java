package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Heartbeats (open, as in the original) and the Prometheus scrape (admin and metrics keys; open on
 * the management port, which serves nothing else).
 */
final class HealthController {
  private final CheckHealthUseCase health;
  private final Optional<Supplier<String>> metrics;

  HealthController(CheckHealthUseCase health, Optional<Supplier<String>> metrics) {
    this.health = health;
    this.metrics = metrics;
  }

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/__lbheartbeat__", this::lbHeartbeat, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/__heartbeat__", this::heartbeat, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/metrics", this::metrics, Scope.METRICS);
  }

  /** The management port's routes: the same handlers, none needing a key. */
  void registerOpen(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/__lbheartbeat__", this::lbHeartbeat, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/__heartbeat__", this::heartbeat, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/metrics", this::metrics, Scope.OPEN);
  }

  private void lbHeartbeat(Context ctx) {
    ctx.contentType("application/json").result("null");
  }

  /** {@code {"database": "ok", "edx": "error"}}; 500 when any part fails. */
  private void heartbeat(Context ctx) {
    Map<String, String> parts = new TreeMap<>();
    health.check().forEach((name, up) -> parts.put(name, up ? "ok" : "error"));
    ctx.status(parts.containsValue("error") ? 500 : 200).json(parts);
  }

  private void metrics(Context ctx) {
    Supplier<String> scrape =
        metrics.orElseThrow(() -> ApiException.notFound("Metrics are not enabled"));
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(scrape.get());
  }
}

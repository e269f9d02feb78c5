package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The management port: {@code GET /metrics} and the two heartbeats, without a key, and nothing else
 * (every other path is 404). For a Prometheus that scrapes pods directly; keep the port off the
 * public ingress. Requests are neither logged nor timed: a scrape every few seconds is no traffic.
 */
public final class ManagementServer {
  private final Javalin app;

  public ManagementServer(CheckHealthUseCase health, Supplier<String> metrics) {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(metrics, "metrics");
    ObjectMapper mapper = Json.mapper();
    HealthController controller = new HealthController(health, java.util.Optional.of(metrics));
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.router.ignoreTrailingSlashes = true;
              config.http.prefer405over404 = true;
              config.http.defaultContentType = "application/json";
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new JsonErrorHandler(mapper)));
              new ErrorMapper(mapper).register(config.routes);
              config.routes.before(QueryStrings::check);
              controller.registerOpen(config.routes);
            });
  }

  /** Starts serving; {@code port} 0 picks a free port, see {@link #port()}. */
  public ManagementServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public void stop() {
    app.stop();
  }

  /** The port actually bound, once started. */
  public int port() {
    return app.port();
  }
}

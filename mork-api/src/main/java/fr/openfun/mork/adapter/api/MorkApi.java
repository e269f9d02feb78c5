package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The REST API: v1-compatible routes and Mork's extensions on Javalin, acting only through {@link
 * ApiUseCases}. Construct once, {@link #start} on a host and port (0 picks a free one), {@link
 * #stop} at shutdown.
 */
public final class MorkApi {
  private final Javalin app;
  private final ProbeHandler probes;

  /** An API that serves every route as soon as it is started. */
  public MorkApi(ApiUseCases useCases, ApiSettings settings, Clock clock) {
    this(useCases, settings, clock, List.of(), true);
  }

  /** The same, also serving the routes of {@code mounts} (e.g. the operator console). */
  public MorkApi(ApiUseCases useCases, ApiSettings settings, Clock clock, List<ApiMount> mounts) {
    this(useCases, settings, clock, mounts, true);
  }

  private MorkApi(
      ApiUseCases useCases,
      ApiSettings settings,
      Clock clock,
      List<ApiMount> mounts,
      boolean open) {
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    List<ApiMount> extras = List.copyOf(mounts);
    ObjectMapper mapper = Json.mapper();
    RequestBodies bodies = new RequestBodies(mapper, settings.maxBodyBytes());
    AccessGuard guard =
        new AccessGuard(
            new KeyAuthenticator(settings),
            extras.stream().map(ApiMount::role).collect(Collectors.toSet()));
    this.probes = new ProbeHandler(settings.requestListener(), settings.services(), open);
    this.app =
        Javalin.create(
            config -> {
              configure(config, useCases, settings, mapper, bodies, guard, probes);
              extras.forEach(mount -> mount.register(config.routes));
            });
  }

  /**
   * An API whose use cases are still being wired: once started, {@code /__lbheartbeat__} answers
   * 200 and every other request 503 ({@code Retry-After: 1}) until {@link #open}.
   */
  public static MorkApi starting(ApiUseCases useCases, ApiSettings settings, Clock clock) {
    return starting(useCases, settings, clock, List.of());
  }

  /** The same, with the routes of {@code mounts}, which answer 503 too until {@link #open}. */
  public static MorkApi starting(
      ApiUseCases useCases, ApiSettings settings, Clock clock, List<ApiMount> mounts) {
    return new MorkApi(useCases, settings, clock, mounts, false);
  }

  /** Serves every route from now on (the use cases given at construction are ready). */
  public void open() {
    probes.open();
  }

  private static void configure(
      JavalinConfig config,
      ApiUseCases useCases,
      ApiSettings settings,
      ObjectMapper mapper,
      RequestBodies bodies,
      AccessGuard guard,
      ProbeHandler probes) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.router.ignoreTrailingSlashes = true;
    config.router.treatMultipleSlashesAsSingleSlash = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.defaultContentType = "application/json";
    config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new MethodOverrideStripper()));
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler(mapper));
          server.insertHandler(probes);
        });
    config.requestLogger.http(
        (ctx, millis) ->
            RequestLog.logAndNotify(ctx, millis, settings.requestListener(), settings.services()));
    new ErrorMapper(mapper).register(config.routes);
    config.routes.before(RequestLog::assignId);
    config.routes.before(bodies::checkDeclaredLength);
    config.routes.before(QueryStrings::check);
    config.routes.beforeMatched(guard::check);
    new HealthController(useCases.checkHealth(), settings.metrics()).register(config.routes);
    new DocsController().register(config.routes);
    new TaskController(useCases, bodies).register(config.routes);
    new UserController(useCases.getLedger(), settings.services()).register(config.routes);
    new StatusController(useCases, bodies, settings.services()).register(config.routes);
    new OperatorController(useCases.explainPlan(), useCases.control(), bodies)
        .register(config.routes);
  }

  /** Starts serving; {@code port} 0 picks a free port, see {@link #port()}. */
  public MorkApi start(String host, int port) {
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

  /** Every registered route as {@code METHOD path}, for the document-versus-routes check. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(e -> e.method.name() + " " + e.path)
        .sorted()
        .toList();
  }
}

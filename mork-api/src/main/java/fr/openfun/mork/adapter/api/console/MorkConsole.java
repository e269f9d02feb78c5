package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.adapter.api.ApiMount;
import fr.openfun.mork.adapter.api.ApiUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The operator console under {@code /console}: server-rendered pages signed in with an admin API
 * key, acting only through the API's use cases, every action audited as {@code console:<key name>}.
 * Mounted on the API's server by {@code mork-app}.
 */
public final class MorkConsole implements ApiMount {
  private static final Map<String, String> ASSETS =
      Map.of(
          "console.css", "text/css; charset=utf-8", "console.js", "text/javascript; charset=utf-8");

  private final ConsoleRequests requests;
  private final SignInPage signIn;
  private final OverviewPage overview;
  private final TaskPages tasks;
  private final PlanPage plan;
  private final LedgerPages ledger;

  public MorkConsole(ApiUseCases useCases, ConsoleSettings settings, Clock clock) {
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(settings, "settings");
    Sessions sessions =
        new Sessions(settings.idleTimeout(), Objects.requireNonNull(clock, "clock"));
    Cookies cookies = new Cookies(settings.secureCookies(), settings.trustForwardedProto());
    this.requests = new ConsoleRequests(sessions, new Templates(), cookies);
    this.signIn =
        new SignInPage(
            requests,
            sessions,
            cookies,
            new AdminKeys(settings.adminKeys(), settings.serviceKeys()));
    this.overview = new OverviewPage(requests, useCases, settings);
    this.tasks = new TaskPages(requests, useCases);
    this.plan = new PlanPage(requests, useCases.explainPlan());
    this.ledger = new LedgerPages(requests, useCases, settings.services());
  }

  @Override
  public RouteRole role() {
    return ConsoleRole.SESSION;
  }

  @Override
  public void register(RoutesConfig routes) {
    get(routes, "", requests.open(ctx -> ConsoleRequests.redirect(ctx, "/overview")));
    get(routes, "/assets/{name}", requests.open(MorkConsole::asset));
    get(routes, "/sign-in", requests.open(signIn::show));
    post(routes, "/sign-in", requests.open(signIn::signIn));
    post(routes, "/sign-out", requests.action(signIn::signOut));
    get(routes, "/overview", requests.page(overview::show));
    post(routes, "/pause", requests.action(overview::pause));
    get(routes, "/tasks", requests.page(tasks::list));
    post(routes, "/tasks", requests.action(tasks::startDryRun));
    get(routes, "/tasks/{id}", requests.page(tasks::show));
    post(routes, "/tasks/{id}/approve", requests.action(tasks::approve));
    post(routes, "/tasks/{id}/revoke", requests.action(tasks::revoke));
    get(routes, "/plan", requests.page(plan::show));
    post(routes, "/plan/acknowledge", requests.action(plan::acknowledge));
    get(routes, "/ledger", requests.page(ledger::search));
    get(routes, "/ledger/{id}", requests.page(ledger::show));
    post(routes, "/ledger/{id}/{service}/retry", requests.action(ledger::retry));
    post(routes, "/ledger/{id}/{service}/skip", requests.action(ledger::skip));
  }

  private static void get(RoutesConfig routes, String path, Handler handler) {
    routes.addHttpHandler(
        HandlerType.GET, ConsoleRequests.BASE + path, handler, ConsoleRole.SESSION);
  }

  private static void post(RoutesConfig routes, String path, Handler handler) {
    routes.addHttpHandler(
        HandlerType.POST, ConsoleRequests.BASE + path, handler, ConsoleRole.SESSION);
  }

  /** Only the named files of the jar's {@code console/assets}: no path reaches anything else. */
  private static void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String type = ASSETS.get(name);
    if (type == null) {
      throw ConsoleException.notFound("Asset");
    }
    try (InputStream in = MorkConsole.class.getResourceAsStream("/console/assets/" + name)) {
      if (in == null) {
        throw ConsoleException.notFound("Asset");
      }
      ctx.header("Cache-Control", "max-age=3600").contentType(type).result(in.readAllBytes());
    }
  }
}

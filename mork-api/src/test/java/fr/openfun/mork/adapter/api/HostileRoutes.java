package fr.openfun.mork.adapter.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The API's routes by endpoint family, with a valid body for those that read one, and the ids the
 * generated requests aim at: a user edX erased, one it has not (hidden from service keys), a task.
 */
final class HostileRoutes {
  enum Family {
    USERS,
    USER_STATUS,
    TASKS,
    OPERATOR,
    HEALTH_AND_DOCS
  }

  record Route(String method, String path, Scope scope, String body) {}

  static final UUID HIDDEN_ID = UUID.fromString("2c4d6e8f-1a3b-4c5d-8e9f-0a1b2c3d4e5f");
  static final UUID TASK_ID = new UUID(0, 42);
  static final String USER = "/v1/users/{user}";
  private static final String STATUS = USER + "/status/{svc}";
  private static final String PATCH_BODY = "{\"deletion_status\":\"deleted\"}";
  static final Map<Family, List<Route>> ROUTES =
      Map.of(
          Family.USERS,
          List.of(
              new Route("GET", "/v1/users", Scope.LEDGER_READ, null),
              new Route("GET", USER, Scope.LEDGER_READ, null),
              new Route("GET", USER + "/history", Scope.ADMIN, null)),
          Family.USER_STATUS,
          List.of(
              new Route("GET", STATUS, Scope.LEDGER_READ, null),
              new Route("PATCH", STATUS, Scope.STATUS_WRITE, PATCH_BODY),
              new Route("POST", STATUS + "/retry", Scope.ADMIN, null),
              new Route("POST", STATUS + "/skip", Scope.ADMIN, "{\"reason\":\"by hand\"}")),
          Family.TASKS,
          List.of(
              new Route(
                  "POST",
                  "/v1/tasks",
                  Scope.ADMIN,
                  "{\"type\":\"delete_user\",\"email\":\"a@b.fr\"}"),
              new Route("OPTIONS", "/v1/tasks", Scope.ADMIN, null),
              new Route("GET", "/v1/tasks", Scope.ADMIN, null),
              new Route("GET", "/v1/tasks/{task}", Scope.ADMIN, null),
              new Route("GET", "/v1/tasks/{task}/status", Scope.ADMIN, null),
              new Route("DELETE", "/v1/tasks/{task}", Scope.ADMIN, null),
              new Route("POST", "/v1/tasks/{task}/approve", Scope.ADMIN, null)),
          Family.OPERATOR,
          List.of(
              new Route("GET", "/v1/edx/plan", Scope.ADMIN, null),
              new Route(
                  "POST",
                  "/v1/edx/plan/acknowledge",
                  Scope.ADMIN,
                  "{\"fingerprint\":\"sha256:abc\"}"),
              new Route("GET", "/v1/pause", Scope.ADMIN, null),
              new Route("POST", "/v1/pause", Scope.ADMIN, null),
              new Route("DELETE", "/v1/pause", Scope.ADMIN, null),
              new Route("GET", "/metrics", Scope.METRICS, null)),
          Family.HEALTH_AND_DOCS,
          List.of(
              new Route("GET", "/__lbheartbeat__", Scope.OPEN, null),
              new Route("GET", "/__heartbeat__", Scope.OPEN, null),
              new Route("GET", "/openapi.json", Scope.OPEN, null),
              new Route("GET", "/docs", Scope.OPEN, null),
              new Route("GET", "/docs/{asset}", Scope.OPEN, null)));

  /** Every method but HEAD, whose answers have no body to check. */
  static final List<String> METHODS =
      List.of(
          "GET",
          "POST",
          "PUT",
          "PATCH",
          "DELETE",
          "OPTIONS",
          "TRACE",
          "CONNECT",
          "PROPFIND",
          "MKCOL",
          "LOCK",
          "QUERY",
          "PURGE",
          "FOO",
          "get");

  private HostileRoutes() {}

  static List<Route> distinctPaths(Family family) {
    return ROUTES.get(family).stream()
        .collect(Collectors.toMap(Route::path, r -> r, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  static Set<String> allowed(String path) {
    return ROUTES.values().stream()
        .flatMap(List::stream)
        .filter(r -> r.path().equals(path))
        .map(Route::method)
        .collect(Collectors.toSet());
  }

  static String fill(String path) {
    return path.replace("{user}", Fixtures.USER_ID.toString())
        .replace("{svc}", "ashley")
        .replace("{task}", TASK_ID.toString())
        .replace("{asset}", "swagger-ui.css");
  }
}

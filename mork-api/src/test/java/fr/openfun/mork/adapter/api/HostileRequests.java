package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.HostileRoutes.HIDDEN_ID;
import static fr.openfun.mork.adapter.api.HostileRoutes.METHODS;
import static fr.openfun.mork.adapter.api.HostileRoutes.ROUTES;
import static fr.openfun.mork.adapter.api.HostileRoutes.USER;
import static fr.openfun.mork.adapter.api.HostileRoutes.allowed;
import static fr.openfun.mork.adapter.api.HostileRoutes.distinctPaths;
import static fr.openfun.mork.adapter.api.HostileRoutes.fill;
import static fr.openfun.mork.adapter.api.HostileValues.utf8;

import fr.openfun.mork.adapter.api.HostileRoutes.Family;
import fr.openfun.mork.adapter.api.HostileRoutes.Route;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded hostile requests per endpoint family. Each has one defect that must make it a 4xx (a key
 * problem, the wrong scope, the wrong method, a bad path, query or body, a broken message, a method
 * override), the rest being valid, so a defect that slipped through would show as a 2xx or a write.
 */
final class HostileRequests {
  /** Raw bytes to send; {@code halfClose} ends the upload early, as a client that gave up. */
  record Request(String what, byte[] head, byte[] body, boolean halfClose) {
    String printable() {
      String text = new String(head, StandardCharsets.ISO_8859_1);
      String shown = text.length() > 240 ? text.substring(0, 240) + "..." : text;
      return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }
  }

  static final int HUGE = 20 << 20;
  private static final String KEY_HEADER = "X-API-Key: " + ApiServer.ADMIN;

  private final Random random;
  private final HostileValues values;
  private final HostileMessages messages;

  HostileRequests(long seed) {
    this.random = new Random(seed);
    this.values = new HostileValues(random);
    this.messages = new HostileMessages(values);
  }

  /** Every wrong method on every path, two 20 MB bodies, then random defects up to {@code n}. */
  List<Request> generate(Family family, int n) {
    List<Request> out = new ArrayList<>();
    for (Route route : distinctPaths(family)) {
      for (String method : METHODS) {
        if (!allowed(route.path()).contains(method)) {
          out.add(admin("wrong method " + method, method, fill(route.path()), route.body()));
        }
      }
    }
    Route heavy =
        ROUTES.get(family).stream().filter(r -> r.body() != null).findFirst().orElse(null);
    Route any = ROUTES.get(family).get(0);
    out.add(messages.huge(any.method(), fill(any.path()), false));
    out.add(
        heavy == null
            ? messages.huge("POST", fill(any.path()), true)
            : messages.huge(heavy.method(), fill(heavy.path()), true));
    while (out.size() < n) {
      Route route = values.pick(ROUTES.get(family));
      out.add(oneDefect(route));
    }
    return out;
  }

  private Request oneDefect(Route route) {
    String path = fill(route.path());
    return switch (random.nextInt(8)) {
      case 0 -> route.scope() == Scope.OPEN ? messages.broken(path) : badKey(route, path);
      case 1 -> wrongScope(route).orElseGet(() -> messages.broken(path));
      case 2 -> wrongMethod(route, path);
      case 3 -> route.path().contains("{") ? badPath(route) : messages.broken(path);
      case 4 -> {
        String query = route.method().equals("GET") ? query(route) : null;
        yield query == null
            ? messages.broken(path)
            : admin("bad query", "GET", path + "?" + query, null);
      }
      case 5 -> route.body() != null ? messages.badBody(route.method(), path) : override(route);
      case 6 -> override(route);
      default -> messages.broken(path);
    };
  }

  private Request badKey(Route route, String path) {
    String key = values.nearMissKey();
    String inQuery =
        path + "?" + values.pick(List.of("api_key", "X-API-Key", "apikey", "token")) + "=";
    return switch (random.nextInt(7)) {
      case 0 -> keyed("no key", route, path, List.of());
      case 1 -> keyed("empty key", route, path, List.of("X-API-Key: "));
      case 2 -> keyed("near-miss key", route, path, List.of("X-API-Key: " + key));
      case 3 -> keyed("near-miss key first", route, path, List.of("X-API-Key: " + key, KEY_HEADER));
      case 4 ->
          keyed(
              "key in another header",
              route,
              path,
              List.of(
                  values.pick(
                          List.of(
                              "Authorization: ",
                              "Authorization: Basic ",
                              "X-Api-Token: ",
                              "Cookie: X-API-Key="))
                      + ApiServer.ADMIN));
      case 5 -> keyed("key in the query", route, inQuery + ApiServer.ADMIN, List.of());
      default ->
          keyed(
              "near-miss key in the query", route, inQuery + HostileValues.encode(key), List.of());
    };
  }

  private Request keyed(String what, Route route, String target, List<String> headers) {
    return messages.request(what, route.method(), target, headers, route.body());
  }

  private Optional<Request> wrongScope(Route route) {
    String service = values.pick(List.of("joanie", "ashley"));
    String key = service.equals("joanie") ? ApiServer.JOANIE : ApiServer.ASHLEY;
    String what = "service key " + service;
    if (route.scope() == Scope.ADMIN || route.scope() == Scope.METRICS) {
      return Optional.of(
          as(key, what + " on admin route", route.method(), fill(route.path()), route.body()));
    }
    if (route.method().equals("PATCH") && values.chance(50)) {
      String other =
          values.pick(List.of("edx", "sarbacane", service.equals("joanie") ? "ashley" : "joanie"));
      String path = fill(route.path()).replace("/status/ashley", "/status/" + other);
      return Optional.of(as(key, what + " on " + other, "PATCH", path, route.body()));
    }
    if (route.path().contains("{user}")) {
      String path = fill(route.path()).replace(Fixtures.USER_ID.toString(), HIDDEN_ID.toString());
      return Optional.of(
          as(
              ApiServer.ASHLEY,
              "service key on a user edX kept",
              route.method(),
              path,
              route.body()));
    }
    return Optional.empty();
  }

  private Request wrongMethod(Route route, String path) {
    List<String> wrong = METHODS.stream().filter(m -> !allowed(route.path()).contains(m)).toList();
    return admin("wrong method", values.pick(wrong), path, route.body());
  }

  private Request override(Route route) {
    List<String> wrong =
        METHODS.stream()
            .filter(m -> !allowed(route.path()).contains(m) && !m.equals("CONNECT"))
            .toList();
    String header =
        values.pick(
            List.of(
                "X-HTTP-Method-Override",
                "x-http-method-override",
                "X-HTTP-METHOD-OVERRIDE",
                "X-HTTP-Method",
                "X-Method-Override"));
    String path = fill(route.path()) + (values.chance(50) ? "?_method=" + route.method() : "");
    return messages.request(
        "override to " + route.method(),
        values.pick(wrong),
        path,
        List.of(KEY_HEADER, header + ": " + route.method()),
        route.body());
  }

  private Request badPath(Route route) {
    String path = route.path();
    String placeholder = path.substring(path.indexOf('{'), path.indexOf('}') + 1);
    if (path.contains("{svc}") && values.chance(50)) {
      placeholder = "{svc}";
    }
    return admin(
        "bad " + placeholder,
        route.method(),
        fill(path.replace(placeholder, values.encoded())),
        route.body());
  }

  private String query(Route route) {
    String invalid = values.encoded();
    Map<String, List<String>> params =
        switch (route.path()) {
          case "/v1/users" ->
              Map.of(
                  "limit", List.of("-1", "1001", "abc", "1e3", "0x10", "", "99999999999", invalid),
                  "offset", List.of("-1", "ten", "", "1.5", invalid),
                  "deletion_status", List.of("DELETED", "to-delete", "", invalid),
                  "service", List.of("EDX", "unknown", "", invalid),
                  "email", List.of("a%00b", "x".repeat(300)));
          case USER -> Map.of("service", List.of("EDX", "", invalid));
          case "/v1/tasks" ->
              Map.of(
                  "type", List.of("DELETE_USER", "", invalid),
                  "status", List.of("pending", "", invalid),
                  "limit", List.of("-1", "1001", invalid));
          default -> null;
        };
    if (params == null) {
      return null;
    }
    String name = values.pick(params.keySet().stream().sorted().toList());
    String query = name + "=" + values.pick(params.get(name));
    if (values.chance(50)) {
      query += "&" + name + "=" + (name.equals("limit") || name.equals("offset") ? "10" : "edx");
    }
    return query + (values.chance(50) ? "&x=" + values.encoded() : "");
  }

  private Request admin(String what, String method, String target, String body) {
    return as(ApiServer.ADMIN, what, method, target, body);
  }

  private Request as(String key, String what, String method, String target, String body) {
    return messages.request(what, method, target, List.of("X-API-Key: " + key), body);
  }

  static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(a, 0, a.length);
    out.write(b, 0, b.length);
    return out.toByteArray();
  }

  static byte[] bytes(String text) {
    return text == null ? new byte[0] : utf8(text);
  }
}

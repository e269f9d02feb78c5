package fr.openfun.mork.adapter.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Objects;
import java.util.Set;

/**
 * Runs before every matched route: open routes pass; others need a known key (401 otherwise) whose
 * holder has the route's scope (403 otherwise). The caller is left on the context. The key is the
 * {@code X-API-Key} header or, when there is none, an {@code Authorization: Bearer} token (how
 * Prometheus and most HTTP clients present one).
 */
final class AccessGuard {
  static final String HEADER = "X-API-Key";
  private static final String BEARER = "bearer ";

  private final KeyAuthenticator authenticator;
  private final Set<RouteRole> mounted;

  AccessGuard(KeyAuthenticator authenticator) {
    this(authenticator, Set.of());
  }

  /** {@code mounted}: the roles of {@link ApiMount} routes, which guard themselves. */
  AccessGuard(KeyAuthenticator authenticator, Set<RouteRole> mounted) {
    this.authenticator = authenticator;
    this.mounted = Set.copyOf(Objects.requireNonNull(mounted, "mounted"));
  }

  void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    RouteRole role = roles.isEmpty() ? Scope.ADMIN : roles.iterator().next();
    if (mounted.contains(role)) {
      return;
    }
    Scope scope = (Scope) role;
    if (scope == Scope.OPEN) {
      return;
    }
    String key = presentedKey(ctx);
    if (key == null || key.isEmpty()) {
      throw new ApiException(401, "Not authenticated: send an X-API-Key header");
    }
    Caller caller =
        authenticator.authenticate(key).orElseThrow(() -> new ApiException(401, "Invalid API key"));
    if (!caller.allowed(scope)) {
      throw ApiException.forbidden();
    }
    ctx.attribute(Caller.ATTRIBUTE, caller);
  }

  /** {@code X-API-Key} when sent (even empty), else the token of {@code Authorization: Bearer}. */
  private static String presentedKey(Context ctx) {
    String key = ctx.header(HEADER);
    if (key != null) {
      return key;
    }
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).strip();
    }
    return null;
  }

  static Caller caller(Context ctx) {
    Caller caller = ctx.attribute(Caller.ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("route reached without an authenticated caller");
    }
    return caller;
  }
}

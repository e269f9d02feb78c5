package fr.openfun.mork.adapter.api.console;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Sign-in with an admin API key, exchanged for a session cookie; sign-out. The sign-in form has its
 * own CSRF token, paired with a short cookie (double submit), as there is no session yet.
 */
final class SignInPage {
  private final ConsoleRequests requests;
  private final Sessions sessions;
  private final Cookies cookies;
  private final AdminKeys keys;

  SignInPage(ConsoleRequests requests, Sessions sessions, Cookies cookies, AdminKeys keys) {
    this.requests = requests;
    this.sessions = sessions;
    this.cookies = cookies;
    this.keys = keys;
  }

  void show(Context ctx) {
    if (requests.session(ctx).isPresent()) {
      ConsoleRequests.redirect(ctx, "/overview");
      return;
    }
    String notice =
        ctx.queryParam("expired") != null
            ? "Your session has ended: sign in again."
            : ctx.queryParam("signed_out") != null ? "Signed out." : "";
    form(ctx, notice, "");
  }

  void signIn(Context ctx) {
    if (!Sessions.same(nonBlank(ctx.cookie(Cookies.SIGN_IN)), ctx.formParam("csrf"))) {
      throw new ConsoleException(403, "Missing or wrong form token (CSRF): reload the page.");
    }
    switch (keys.match(ctx.formParam("api_key"))) {
      case AdminKeys.Match.Admin admin -> {
        Session session = sessions.open(admin.name());
        cookies.clear(ctx, Cookies.SIGN_IN);
        cookies.set(ctx, Cookies.SESSION, session.id());
        ConsoleRequests.redirect(ctx, "/overview");
      }
      case AdminKeys.Match.Service service -> {
        ctx.status(403);
        form(ctx, "", "This is a service key: only admin keys may sign in to the console.");
      }
      case AdminKeys.Match.Unknown unknown -> {
        ctx.status(401);
        form(ctx, "", "Invalid API key.");
      }
    }
  }

  void signOut(Context ctx, Session session) {
    sessions.close(session.id());
    cookies.clear(ctx, Cookies.SESSION);
    ConsoleRequests.redirect(ctx, "/sign-in?signed_out");
  }

  private void form(Context ctx, String notice, String error) {
    String token = Sessions.token();
    cookies.set(ctx, Cookies.SIGN_IN, token);
    requests.render(
        ctx,
        java.util.Optional.empty(),
        "sign-in",
        Map.of("signInToken", token, "notice", notice, "error", error));
  }

  /** An absent cookie never matches, not even an absent field. */
  private static String nonBlank(String value) {
    return value == null || value.isEmpty() ? Sessions.token() : value;
  }
}

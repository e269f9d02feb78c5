package fr.openfun.mork.adapter.api.console;

import io.javalin.http.Context;

/**
 * The console's cookies: HttpOnly, SameSite=Strict, Path=/console, and Secure when the public URL
 * is https, the request came over TLS, or a trusted proxy says it did ({@code X-Forwarded-Proto}).
 */
final class Cookies {
  static final String SESSION = "mork_console";
  static final String SIGN_IN = "mork_console_sign_in";
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final boolean alwaysSecure;
  private final boolean trustForwardedProto;

  Cookies(boolean alwaysSecure, boolean trustForwardedProto) {
    this.alwaysSecure = alwaysSecure;
    this.trustForwardedProto = trustForwardedProto;
  }

  void set(Context ctx, String name, String value) {
    ctx.res().addHeader("Set-Cookie", attributes(ctx, name + "=" + value));
  }

  void clear(Context ctx, String name) {
    ctx.res().addHeader("Set-Cookie", attributes(ctx, name + "=; Max-Age=0"));
  }

  private String attributes(Context ctx, String pair) {
    return pair
        + "; Path="
        + ConsoleRequests.BASE
        + "; HttpOnly; SameSite=Strict"
        + (secure(ctx) ? "; Secure" : "");
  }

  boolean secure(Context ctx) {
    return alwaysSecure
        || "https".equalsIgnoreCase(ctx.scheme())
        || (trustForwardedProto && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
  }
}

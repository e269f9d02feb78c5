package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.Pii;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of every console request: security headers, the session (pages redirect to sign-in,
 * actions answer 403), the CSRF token of every POST, and errors as pages (4xx for bad input, 500
 * with a fixed message for a bug, never a stack trace).
 */
final class ConsoleRequests {
  static final String BASE = "/console";
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleRequests.class);

  /** A page or an action of a signed-in operator. */
  interface Action {
    void handle(Context ctx, Session session) throws Exception;
  }

  private final Sessions sessions;
  private final Templates templates;
  private final Cookies cookies;

  ConsoleRequests(Sessions sessions, Templates templates, Cookies cookies) {
    this.sessions = sessions;
    this.templates = templates;
    this.cookies = cookies;
  }

  Handler page(Action action) {
    return ctx -> serve(ctx, false, action);
  }

  Handler action(Action action) {
    return ctx -> serve(ctx, true, action);
  }

  /** A route open before sign-in (the sign-in page itself, the assets). */
  Handler open(Handler handler) {
    return ctx -> {
      headers(ctx);
      try {
        handler.handle(ctx);
      } catch (Exception e) {
        fail(ctx, Optional.empty(), e);
      }
    };
  }

  Optional<Session> session(Context ctx) {
    return sessions.touch(ctx.cookie(Cookies.SESSION));
  }

  void render(Context ctx, Optional<Session> session, String template, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    session.ifPresent(
        s -> {
          all.put("operator", s.actor().name());
          all.put("csrf", s.csrf());
        });
    all.putIfAbsent("page", template);
    ctx.html(templates.render(template, all));
  }

  void render(Context ctx, Session session, String template, Map<String, Object> model) {
    render(ctx, Optional.of(session), template, model);
  }

  static void redirect(Context ctx, String path) {
    ctx.status(303).header("Location", BASE + path);
  }

  private void serve(Context ctx, boolean post, Action action) {
    headers(ctx);
    Optional<Session> session = Optional.empty();
    try {
      session = session(ctx);
      if (session.isEmpty()) {
        if (post) {
          throw new ConsoleException(403, "Your session has ended: sign in again.");
        }
        redirect(ctx, ctx.cookie(Cookies.SESSION) == null ? "/sign-in" : "/sign-in?expired");
        return;
      }
      if (post && !Sessions.same(session.get().csrf(), ctx.formParam("csrf"))) {
        throw new ConsoleException(403, "Missing or wrong form token (CSRF): reload the page.");
      }
      action.handle(ctx, session.get());
    } catch (Exception e) {
      fail(ctx, session, e);
    }
  }

  private void fail(Context ctx, Optional<Session> session, Exception e) {
    int status;
    String message;
    switch (e) {
      case ConsoleException c -> {
        status = c.status();
        message = c.getMessage();
      }
      case IllegalStatusTransitionException t -> {
        status = 409;
        message = Pii.scrub(t.getMessage());
      }
      case IllegalStateException t -> {
        status = 409;
        message = Pii.scrub(t.getMessage());
      }
      case IllegalArgumentException t -> {
        status = 422;
        message = Pii.scrub(t.getMessage());
      }
      default -> {
        LOG.error("console request {} {} failed", ctx.method(), ctx.endpoint().path, e);
        status = 500;
        message = "Internal error: the operation failed; see the server log.";
      }
    }
    ctx.status(status);
    try {
      render(ctx, session, "error", Map.of("status", status, "message", message));
    } catch (RuntimeException broken) {
      LOG.error("console error page failed", broken);
      ctx.contentType("text/plain; charset=utf-8").result("Error " + status);
    }
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", Cookies.CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }
}

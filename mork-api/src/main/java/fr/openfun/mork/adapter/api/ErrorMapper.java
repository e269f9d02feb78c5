package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where results and exceptions become HTTP errors, always with the v1 body {@code
 * {"detail": ...}}: a message, or a list of {@link FieldError}s for 422 validation errors.
 *
 * <p>Domain contract: {@link IllegalArgumentException} is bad input (422); {@link
 * IllegalStatusTransitionException} and {@link IllegalStateException} conflict with the current
 * state (409). Anything else is a bug (500, logged without request data).
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private final ObjectMapper mapper;

  ErrorMapper(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.exception(ValidationException.class, (e, ctx) -> send(ctx, 422, e.errors()));
    routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
    routes.exception(
        IllegalStatusTransitionException.class, (e, ctx) -> send(ctx, 409, e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 422, e.getMessage()));
    routes.exception(IllegalStateException.class, (e, ctx) -> send(ctx, 409, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), wording(e)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unhandled {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path(), e);
          send(ctx, 500, "Internal Server Error");
        });
  }

  private static String wording(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Request body too large";
      default -> e.getMessage();
    };
  }

  private void send(Context ctx, int status, Object detail) {
    try {
      ctx.status(status)
          .contentType("application/json")
          .result(mapper.writeValueAsString(Map.of("detail", detail == null ? "" : detail)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(500)
          .contentType("application/json")
          .result("{\"detail\":\"Internal Server Error\"}");
    }
  }
}

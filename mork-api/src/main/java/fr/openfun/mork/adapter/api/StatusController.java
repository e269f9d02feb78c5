package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1/users/{user_id}/status/{service_name}}: read and PATCH (v1; a service key only for its
 * own service and only a user it may see), retry and skip (operator extensions).
 */
final class StatusController {
  static final String STATUS_NOT_FOUND = "User status not found";
  private static final String PATH = "/v1/users/{user_id}/status/{service_name}";

  private final ApiUseCases useCases;
  private final RequestBodies bodies;
  private final Set<ServiceName> services;

  StatusController(ApiUseCases useCases, RequestBodies bodies, Set<ServiceName> services) {
    this.useCases = useCases;
    this.bodies = bodies;
    this.services = services;
  }

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, PATH, this::read, Scope.LEDGER_READ);
    routes.addHttpHandler(HandlerType.PATCH, PATH, this::update, Scope.STATUS_WRITE);
    routes.addHttpHandler(HandlerType.POST, PATH + "/retry", this::retry, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.POST, PATH + "/skip", this::skip, Scope.ADMIN);
  }

  private record Target(UUID userId, ServiceName service) {}

  private Target target(Context ctx) {
    Validator v = new Validator(services);
    Optional<UUID> id = v.uuid(ctx.pathParam("user_id"), "path", "user_id");
    Optional<ServiceName> service =
        v.service(ctx.pathParam("service_name"), "path", "service_name");
    v.check();
    return new Target(id.orElseThrow(), service.orElseThrow());
  }

  private void read(Context ctx) {
    Target t = target(ctx);
    ServiceStatus status =
        AccessGuard.caller(ctx)
            .find(useCases.getLedger(), t.userId())
            .flatMap(user -> user.statusIn(t.service()))
            .orElseThrow(() -> ApiException.notFound(STATUS_NOT_FOUND));
    ctx.json(UserStatusResponse.from(t.userId(), status));
  }

  private void update(Context ctx) throws IOException {
    Target t = target(ctx);
    Caller caller = AccessGuard.caller(ctx);
    caller.checkMayWrite(t.service());
    JsonNode body = bodies.read(ctx);
    DeletionStatus status = deletionStatus(body);
    if (!caller.isAdmin() && caller.find(useCases.getLedger(), t.userId()).isEmpty()) {
      throw ApiException.notFound(STATUS_NOT_FOUND);
    }
    Actor actor = caller.actor();
    answer(
        ctx,
        t,
        useCases
            .updateStatus()
            .update(new UpdateStatusUseCase.Command(t.userId(), t.service(), status, actor)));
  }

  private void retry(Context ctx) {
    Target t = target(ctx);
    Actor actor = AccessGuard.caller(ctx).actor();
    answer(ctx, t, useCases.updateStatus().retry(t.userId(), t.service(), actor));
  }

  private void skip(Context ctx) throws IOException {
    Target t = target(ctx);
    JsonNode body = bodies.read(ctx);
    BodyFields fields = new BodyFields(body, "body");
    if (!body.isObject()) {
      throw new ValidationException(FieldError.missing("body", "reason"));
    }
    Optional<String> reason = fields.string("reason", 500);
    fields.check();
    Actor actor = AccessGuard.caller(ctx).actor();
    answer(
        ctx, t, useCases.updateStatus().skip(t.userId(), t.service(), reason.orElseThrow(), actor));
  }

  static DeletionStatus deletionStatus(JsonNode body) {
    JsonNode node = body.isObject() ? body.get("deletion_status") : null;
    if (node == null) {
      throw new ValidationException(FieldError.missing("body", "deletion_status"));
    }
    if (!node.isTextual() || !UserController.STATUSES.contains(node.asText())) {
      throw new ValidationException(
          Validator.enumError(UserController.STATUSES, "body", "deletion_status"));
    }
    return DeletionStatus.fromWire(node.asText());
  }

  private static void answer(Context ctx, Target t, Optional<ServiceStatus> status) {
    ServiceStatus changed = status.orElseThrow(() -> ApiException.notFound(STATUS_NOT_FOUND));
    ctx.json(UserStatusResponse.from(t.userId(), changed));
  }
}

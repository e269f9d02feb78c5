package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.Map;

/** Extensions for operators: the edX erasure plan, its acknowledgement, the pause switch. */
final class OperatorController {
  private final ExplainPlanUseCase plans;
  private final ControlUseCase control;
  private final RequestBodies bodies;

  OperatorController(ExplainPlanUseCase plans, ControlUseCase control, RequestBodies bodies) {
    this.plans = plans;
    this.control = control;
    this.bodies = bodies;
  }

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/v1/edx/plan", this::plan, Scope.ADMIN);
    routes.addHttpHandler(
        HandlerType.POST, "/v1/edx/plan/acknowledge", this::acknowledge, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.GET, "/v1/pause", this::paused, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.POST, "/v1/pause", this::pause, Scope.ADMIN);
    routes.addHttpHandler(HandlerType.DELETE, "/v1/pause", this::resume, Scope.ADMIN);
  }

  private void plan(Context ctx) {
    ctx.json(PlanResponse.from(plans.plan(), plans.drift()));
  }

  /** A fingerprint that is no longer the current plan's is refused by the domain (422). */
  private void acknowledge(Context ctx) throws IOException {
    var body = bodies.read(ctx);
    if (!body.isObject()) {
      throw new ValidationException(FieldError.missing("body", "fingerprint"));
    }
    BodyFields fields = new BodyFields(body, "body");
    String fingerprint = fields.string("fingerprint", 200).orElse("");
    fields.check();
    plans.acknowledge(fingerprint, AccessGuard.caller(ctx).actor());
    ctx.json(Map.of("acknowledged", fingerprint));
  }

  private void paused(Context ctx) {
    ctx.json(Map.of("paused", control.paused()));
  }

  private void pause(Context ctx) {
    control.pause(AccessGuard.caller(ctx).actor());
    ctx.json(Map.of("paused", true));
  }

  private void resume(Context ctx) {
    control.resume(AccessGuard.caller(ctx).actor());
    ctx.json(Map.of("paused", false));
  }
}

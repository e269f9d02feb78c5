package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The edX erasure plan as the schema gives it now: steps, unpoliced columns (highlighted), the
 * fingerprint and its drift against the acknowledged baseline; acknowledging the current plan.
 */
final class PlanPage {
  private final ConsoleRequests requests;
  private final ExplainPlanUseCase plans;

  PlanPage(ConsoleRequests requests, ExplainPlanUseCase plans) {
    this.requests = requests;
    this.plans = plans;
  }

  static Views.Verdict verdict(DriftVerdict drift) {
    return switch (drift) {
      case DriftVerdict.Allowed a ->
          new Views.Verdict("allowed", "the plan is the acknowledged one");
      case DriftVerdict.Baseline b ->
          new Views.Verdict("baseline", "no plan acknowledged yet; this one becomes the baseline");
      case DriftVerdict.Blocked b -> new Views.Verdict("blocked", b.reason());
    };
  }

  void show(Context ctx, Session session) {
    DeletionPlan plan = plans.plan();
    DriftVerdict drift = plans.drift();
    Map<String, Object> model = new HashMap<>();
    model.put("steps", plan.steps().stream().map(Views.StepView::of).toList());
    model.put("unpoliced", plan.unpolicedColumns());
    model.put("protecting", plan.protectingTables());
    model.put("fingerprint", plan.fingerprint());
    model.put("readAt", Views.time(plan.readAt()));
    model.put("drift", verdict(drift));
    model.put("acknowledgeable", !(drift instanceof DriftVerdict.Allowed));
    requests.render(ctx, session, "plan", model);
  }

  /** The domain refuses (422 page) a fingerprint that is no longer the current plan's. */
  void acknowledge(Context ctx, Session session) {
    plans.acknowledge(Form.text(ctx.formParam("fingerprint"), 200, "fingerprint"), session.actor());
    ConsoleRequests.redirect(ctx, "/plan");
  }
}

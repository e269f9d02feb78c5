package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.PlanStep;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Show the edX erasure plan read from the schema's foreign keys and rules, and whether it may be used (schema drift). With --email, the exact rows erasing that user would touch (read-only).")
final class PlanCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(names = "--email", paramLabel = "EMAIL", description = "Preview one user's erasure.")
  Optional<String> email = Optional.empty();

  @Option(names = "--json", description = "Print JSON (the fields of GET /v1/edx/plan).")
  boolean json;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ExplainPlanUseCase plans = context.runtime().operations().plans();
    PrintWriter out = context.out();
    if (email.isPresent()) {
      Optional<ErasureOutcome> preview = plans.preview(email.get());
      if (json) {
        CliJson.print(PreviewJson.from(Pii.maskEmail(email.get()), preview), out);
      } else {
        out.println(describe(Pii.maskEmail(email.get()), preview));
      }
      out.flush();
      return preview.isPresent() ? 0 : 1;
    }
    DeletionPlan plan = plans.plan();
    if (json) {
      CliJson.print(PlanJson.from(plan, plans.drift()), out);
      return 0;
    }
    out.printf("edX erasure plan %s (read %s)%n", plan.fingerprint(), plan.readAt());
    for (PlanStep step : plan.steps()) {
      out.printf(
          "  %3d  %-50s -> %-30s %-9s %s%s%n",
          step.order(),
          step.edge(),
          step.parentTable() + "." + step.parentColumn(),
          step.action().wireName(),
          step.reason(),
          step.foreignKey() ? "" : " (rule, no foreign key)");
    }
    if (!plan.unpolicedColumns().isEmpty()) {
      out.println("user columns without a policy: " + String.join(", ", plan.unpolicedColumns()));
    }
    out.println("verdict: " + plans.drift());
    out.flush();
    return 0;
  }

  static String describe(String who, Optional<ErasureOutcome> preview) {
    if (preview.isEmpty()) {
      return who + ": no such edX user";
    }
    return who
        + ": "
        + switch (preview.get()) {
          case ErasureOutcome.Erased e ->
              "would erase " + ReportPrinter.joined(new TreeMap<>(e.counts()));
          case ErasureOutcome.Protected p ->
              "protected by " + String.join(", ", p.tables()) + ": would not be erased";
          case ErasureOutcome.Accepted a -> "would be accepted: " + a.detail();
          case ErasureOutcome.NotFound n -> "not found";
          case ErasureOutcome.Spared s -> "spared: " + s.reason();
          case ErasureOutcome.Failed f -> "cannot preview (" + f.kind() + "): " + f.reason();
        };
  }
}

package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The overview: the pause switch, the guards' verdicts (schema drift now, blast radius on the last
 * deletion run), ledger counts per service and status, the next scheduled runs, the last tasks.
 */
final class OverviewPage {
  private final ConsoleRequests requests;
  private final ApiUseCases useCases;
  private final ConsoleSettings settings;

  OverviewPage(ConsoleRequests requests, ApiUseCases useCases, ConsoleSettings settings) {
    this.requests = requests;
    this.useCases = useCases;
    this.settings = settings;
  }

  void show(Context ctx, Session session) {
    Map<String, Object> model = new HashMap<>();
    model.put("paused", useCases.control().paused());
    model.put("drift", PlanPage.verdict(useCases.explainPlan().drift()));
    model.put("maxSharePercent", String.format("%.2f", settings.maxShare() * 100));
    model.put("blastRadius", blastRadius());
    model.put("statuses", Arrays.stream(DeletionStatus.values()).map(s -> s.wireName()).toList());
    model.put("counts", counts());
    model.put("schedule", settings.schedule().get().stream().map(Views.RunView::of).toList());
    model.put(
        "tasks",
        useCases
            .getTasks()
            .search(new TaskQuery(Optional.empty(), Optional.empty(), 0, 10))
            .stream()
            .map(Views.TaskView::of)
            .toList());
    requests.render(ctx, session, "overview", model);
  }

  void pause(Context ctx, Session session) {
    String to = ctx.formParam("to");
    if ("paused".equals(to)) {
      useCases.control().pause(session.actor());
    } else if ("running".equals(to)) {
      useCases.control().resume(session.actor());
    } else {
      throw ConsoleException.badInput("The pause switch goes to 'paused' or 'running'.");
    }
    ConsoleRequests.redirect(ctx, "/overview");
  }

  /** The guard's verdict on the last deletion run; it re-checks every run (a run may be forced). */
  private String blastRadius() {
    List<Task> last =
        useCases
            .getTasks()
            .search(
                new TaskQuery(Optional.of(TaskType.DELETE_INACTIVE_USERS), Optional.empty(), 0, 1));
    if (last.isEmpty()) {
      return "no deletion run yet";
    }
    Task task = last.get(0);
    Optional<RunStop> stop = task.report().flatMap(r -> r.stop());
    if (stop.isPresent() && stop.get().kind() == RunStop.Kind.GUARD) {
      return "TRIPPED on the last deletion run: " + stop.get().message();
    }
    if (task.report().isEmpty()) {
      return "last deletion run " + task.status().name().toLowerCase() + ", no verdict yet";
    }
    return "allowed on the last deletion run (" + task.progress().selected() + " selected)";
  }

  private List<Views.CountRow> counts() {
    List<Views.CountRow> rows = new ArrayList<>();
    for (ServiceName service : settings.services()) {
      List<Long> perStatus = new ArrayList<>();
      for (DeletionStatus status : DeletionStatus.values()) {
        perStatus.add(
            useCases
                .getLedger()
                .count(
                    new LedgerQuery(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(service),
                        Optional.of(status),
                        0,
                        1)));
      }
      rows.add(new Views.CountRow(service.value(), perStatus));
    }
    return rows;
  }
}

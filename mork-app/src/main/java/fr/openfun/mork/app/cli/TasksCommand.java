package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "List tasks, newest first, or show one task's report with --id.")
final class TasksCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(names = "--id", paramLabel = "UUID", description = "Show this task and its report.")
  UUID id;

  @Option(names = "--type", paramLabel = "TYPE", description = "e.g. delete_inactive_users.")
  String type;

  @Option(names = "--status", paramLabel = "STATUS", description = "e.g. SUCCESS, FAILURE.")
  TaskStatus status;

  @Option(names = "--limit", defaultValue = "20", description = "At most N tasks (default 20).")
  int limit;

  @Option(names = "--json", description = "Print JSON (the fields of GET /v1/tasks/{task_id}).")
  boolean json;

  TasksCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    GetTasksUseCase tasks = context.runtime().operations().tasks();
    PrintWriter out = context.out();
    if (id != null) {
      Optional<Task> task = tasks.find(id);
      if (json) {
        task.ifPresentOrElse(
            t -> CliJson.print(TaskJson.from(t), out),
            () -> context.err().println("no task " + id));
      } else {
        task.ifPresentOrElse(t -> show(t, out), () -> out.println("no task " + id));
      }
      out.flush();
      return task.isPresent() ? 0 : 1;
    }
    var query =
        new TaskQuery(
            Optional.ofNullable(type).map(TaskType::fromWire),
            Optional.ofNullable(status),
            0,
            limit);
    List<Task> found = tasks.search(query);
    if (json) {
      CliJson.print(found.stream().map(TaskJson::from).toList(), out);
      return 0;
    }
    for (Task task : found) {
      line(task, out);
    }
    out.flush();
    return 0;
  }

  private static void line(Task task, PrintWriter out) {
    out.printf(
        "%s  %-22s %-8s %-7s %s  scanned %d, selected %d%n",
        task.id(),
        task.type().wireName(),
        task.status(),
        task.dryRun() ? "dry-run" : "real",
        task.createdAt(),
        task.progress().scanned(),
        task.progress().selected());
  }

  private static void show(Task task, PrintWriter out) {
    line(task, out);
    out.println("requested by " + task.requestedBy());
    task.error().ifPresent(e -> out.println("error: " + e));
    task.report().ifPresent(r -> ReportPrinter.print(r, out));
  }
}

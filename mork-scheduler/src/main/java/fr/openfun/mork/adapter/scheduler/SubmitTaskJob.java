package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.util.List;
import java.util.OptionalInt;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A cron firing: submits a warn or delete task, which then runs as any other task. */
@DisallowConcurrentExecution
final class SubmitTaskJob implements Job {
  static final String WARN = "warn-inactive-users";
  static final String DELETE = "delete-inactive-users";
  static final Actor ACTOR = Actor.of("scheduler");
  private static final Logger LOG = LoggerFactory.getLogger(SubmitTaskJob.class);

  private final SubmitTaskUseCase submitTask;
  private final boolean dryRun;

  SubmitTaskJob(SubmitTaskUseCase submitTask, boolean dryRun) {
    this.submitTask = submitTask;
    this.dryRun = dryRun;
  }

  @Override
  public void execute(JobExecutionContext context) {
    String name = context.getJobDetail().getKey().getName();
    TaskParameters parameters =
        switch (name) {
          case WARN -> new TaskParameters.EmailInactiveUsers(OptionalInt.empty());
          case DELETE ->
              new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), false, List.of());
          default -> throw new IllegalStateException("unknown schedule " + name);
        };
    Task task = submitTask.submit(new SubmitTaskUseCase.Command(parameters, dryRun, ACTOR));
    LOG.info("Schedule {} submitted task {} (dry run: {})", name, task.id(), dryRun);
  }
}

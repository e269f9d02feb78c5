package fr.openfun.mork.adapter.scheduler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/** Records every job execution one scheduler finished: which job, and whether it was a recovery. */
final class ExecutionLog extends JobListenerSupport {
  record Execution(String group, String name, boolean recovering) {}

  private final List<Execution> executions = new CopyOnWriteArrayList<>();

  static ExecutionLog on(MorkScheduler scheduler) {
    ExecutionLog log = new ExecutionLog();
    try {
      scheduler.quartz().getListenerManager().addJobListener(log);
    } catch (org.quartz.SchedulerException e) {
      throw new IllegalStateException(e);
    }
    return log;
  }

  @Override
  public String getName() {
    return "execution-log";
  }

  @Override
  public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
    executions.add(
        new Execution(
            context.getJobDetail().getKey().getGroup(),
            context.getJobDetail().getKey().getName(),
            context.isRecovering()));
  }

  List<Execution> executions() {
    return List.copyOf(executions);
  }

  long count(String group) {
    return executions.stream().filter(e -> e.group().equals(group)).count();
  }
}

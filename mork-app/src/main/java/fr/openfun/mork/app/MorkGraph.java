package fr.openfun.mork.app;

import fr.openfun.mork.adapter.scheduler.MorkScheduler;
import fr.openfun.mork.app.cli.Operations;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.ServiceConfig;
import fr.openfun.mork.app.observability.Metrics;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.out.AccountEraser;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.TreeSet;

/** The wired object graph of one node, and the operations the CLI runs in-process. */
record MorkGraph(
    DrivenAdapters adapters,
    MorkScheduler scheduler,
    DomainServices services,
    PrometheusMeterRegistry metrics,
    MorkNode node)
    implements Operations, AutoCloseable {

  static MorkGraph build(MorkConfig config, Clock clock) {
    return build(config, clock, Metrics.prometheus(nodeName()));
  }

  static MorkGraph build(MorkConfig config, Clock clock, PrometheusMeterRegistry metrics) {
    DrivenAdapters adapters = DrivenAdapters.open(config, clock).metered(metrics);
    try {
      PoolMetrics.bind(metrics, adapters.store().dataSource(), adapters.edx().primaryDataSource());
      MorkScheduler scheduler =
          new MorkScheduler(SchedulerWiring.settings(config, adapters), Clock.systemUTC());
      RunSettings settings = runSettings(config);
      DomainServices services =
          DomainServices.wire(adapters, settings, scheduler.taskQueue(), clock);
      LedgerGauges.bind(
          metrics,
          adapters.store().ledger(),
          scheduler,
          settings.services(),
          adapters.erasers().stream().map(AccountEraser::service).toList());
      MorkNode node = new MorkNode(config, services, scheduler, metrics, clock);
      return new MorkGraph(adapters, scheduler, services, metrics, node);
    } catch (RuntimeException e) {
      adapters.close();
      throw e;
    }
  }

  static RunSettings runSettings(MorkConfig config) {
    var policy = config.policy();
    var services = new TreeSet<ServiceName>();
    config.services().stream().map(ServiceConfig::name).forEach(services::add);
    return new RunSettings(
        policy.inactivity(),
        policy.guard(),
        policy.retry(),
        services,
        Math.min(config.edx().queryBatchSize(), RunSettings.MAX_PAGE_SIZE),
        config.schedule().claimLease(),
        Duration.ofDays(1),
        ServiceName.EDX,
        20);
  }

  static String nodeName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "mork";
    }
  }

  @Override
  public ExplainPlanUseCase plans() {
    return services.explainPlan();
  }

  @Override
  public WarnInactiveUsersUseCase warnInactiveUsers() {
    return services.warnInactiveUsers();
  }

  @Override
  public DeleteInactiveUsersUseCase deleteInactiveUsers() {
    return services.deleteInactiveUsers();
  }

  @Override
  public DeleteUserUseCase deleteUser() {
    return services.deleteUser();
  }

  @Override
  public GetTasksUseCase tasks() {
    return services.getTasks();
  }

  @Override
  public GetLedgerUseCase ledger() {
    return services.getLedger();
  }

  @Override
  public ReplayErasuresUseCase replayErasures() {
    return services.replayErasures();
  }

  @Override
  public void close() {
    node.stop();
    scheduler.shutdown(false);
    adapters.close();
    metrics.close();
  }
}

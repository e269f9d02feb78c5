package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.adapter.api.console.ConsoleSettings;
import fr.openfun.mork.adapter.api.console.MorkConsole;
import fr.openfun.mork.adapter.api.console.ScheduledRun;
import fr.openfun.mork.adapter.scheduler.MorkScheduler;
import fr.openfun.mork.adapter.scheduler.ReconcilerStatus;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.ScheduleConfig;
import fr.openfun.mork.app.config.ServiceConfig;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quartz.CronExpression;

/** The operator console: the admin and service keys, the session settings, the schedule shown. */
final class ConsoleWiring {
  private ConsoleWiring() {}

  static MorkConsole console(
      MorkConfig config, ApiUseCases useCases, Supplier<List<ScheduledRun>> schedule, Clock clock) {
    ConsoleSettings settings =
        new ConsoleSettings(
            ApiWiring.adminKeys(config),
            config.apiKeys().serviceKeys().values().stream()
                .map(key -> key.value())
                .collect(Collectors.toSet()),
            config.services().stream().map(ServiceConfig::name).toList(),
            config.console().idleTimeout(),
            config.http().publicUrl().startsWith("https:"),
            config.console().trustForwardedProto(),
            config.policy().guard().maxShare(),
            schedule);
    return new MorkConsole(useCases, settings, clock);
  }

  /** The crons' next fire times (computed from their expressions) and each reconciler's. */
  static List<ScheduledRun> schedule(
      ScheduleConfig schedule, MorkScheduler scheduler, Clock clock) {
    List<ScheduledRun> runs = new ArrayList<>();
    schedule
        .warnCron()
        .ifPresent(cron -> runs.add(cron("warning cron", cron, schedule, clock, "")));
    schedule
        .deleteCron()
        .ifPresent(
            cron ->
                runs.add(
                    cron(
                        "deletion cron",
                        cron,
                        schedule,
                        clock,
                        schedule.deleteDryRun() ? "dry run" : "real run")));
    try {
      for (ReconcilerStatus r : scheduler.reconcilerStatuses()) {
        runs.add(
            new ScheduledRun(
                "reconciler " + r.service().value(),
                r.nextRun(),
                r.rejected() ? "paused: the service rejects Mork's credentials" : ""));
      }
    } catch (IllegalStateException e) {
      runs.add(new ScheduledRun("reconcilers", Optional.empty(), "job store unreadable"));
    }
    return runs;
  }

  private static ScheduledRun cron(
      String job, String expression, ScheduleConfig schedule, Clock clock, String note) {
    try {
      CronExpression cron = new CronExpression(expression);
      cron.setTimeZone(TimeZone.getTimeZone(schedule.zone()));
      Date next = cron.getNextValidTimeAfter(Date.from(clock.instant()));
      return new ScheduledRun(job, Optional.ofNullable(next).map(Date::toInstant), note);
    } catch (ParseException e) {
      return new ScheduledRun(job, Optional.empty(), "unparseable expression");
    }
  }
}

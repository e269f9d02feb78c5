package fr.openfun.mork.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.SchedulerException;

class CronSchedulesTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private final List<SubmitTaskUseCase.Command> submitted = new CopyOnWriteArrayList<>();
  private final SubmitTaskUseCase submit =
      command -> {
        submitted.add(command);
        return Task.pending(
            UUID.randomUUID(),
            command.parameters(),
            command.dryRun(),
            Instant.now(),
            command.requestedBy());
      };
  private MorkScheduler scheduler;

  @AfterEach
  void stop() {
    scheduler.shutdown(false);
  }

  @Test
  void givenDeletionCron_firing_submitsARealDeleteRunAsTheScheduler() {
    create(
        new CronSettings(
            Optional.empty(), Optional.of("* * * * * ?"), ZoneId.of("Europe/Paris"), false));

    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), submit, TestSchedulers.idleReconcile(), s -> {}));

    Eventually.await(DEADLINE, () -> !submitted.isEmpty());
    SubmitTaskUseCase.Command command = submitted.getFirst();
    assertThat(command.parameters()).isInstanceOf(TaskParameters.DeleteInactiveUsers.class);
    assertThat(command.dryRun()).isFalse();
    assertThat(command.requestedBy()).isEqualTo(SubmitTaskJob.ACTOR);
  }

  @Test
  void givenWarningCronAndDryRun_firing_submitsADryWarnRun() {
    create(new CronSettings(Optional.of("* * * * * ?"), Optional.empty(), ZoneId.of("UTC"), true));

    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), submit, TestSchedulers.idleReconcile(), s -> {}));

    Eventually.await(DEADLINE, () -> !submitted.isEmpty());
    assertThat(submitted.getFirst().parameters())
        .isInstanceOf(TaskParameters.EmailInactiveUsers.class);
    assertThat(submitted.getFirst().dryRun()).isTrue();
  }

  @Test
  void givenTenMissedDailyRuns_workerStart_firesOnceThenWaitsForTheNextDay()
      throws SchedulerException {
    String daily = dailyCronTwelveHoursAway();
    CronSettings crons =
        new CronSettings(Optional.of(daily), Optional.empty(), ZoneId.of("UTC"), true);
    create(crons);
    CronSchedules.install(
        scheduler.quartz(),
        SubmitTaskJob.WARN,
        crons.warningCron(),
        crons,
        Instant.now().minus(Duration.ofDays(10)));

    ExecutionLog log = ExecutionLog.on(scheduler);
    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), submit, TestSchedulers.idleReconcile(), s -> {}));

    Eventually.await(DEADLINE, () -> log.count(Keys.SCHEDULES) >= 1);
    assertThat(submitted).hasSize(1);
    CronTrigger trigger =
        (CronTrigger) scheduler.quartz().getTrigger(Keys.scheduleTrigger(SubmitTaskJob.WARN));
    assertThat(trigger.getNextFireTime().toInstant())
        .isAfter(Instant.now().plus(Duration.ofHours(11)));
  }

  @Test
  void givenScheduleTurnedOff_workerStart_removesIt() throws SchedulerException {
    CronSettings on =
        new CronSettings(Optional.of("0 0 3 * * ?"), Optional.empty(), ZoneId.of("UTC"), true);
    create(CronSettings.OFF);
    CronSchedules.install(scheduler.quartz(), on, Instant.now());

    scheduler.startWorker(
        TestSchedulers.jobs(
            TestSchedulers.unusedRun(), submit, TestSchedulers.idleReconcile(), s -> {}));

    assertThat(scheduler.quartz().checkExists(Keys.schedule(SubmitTaskJob.WARN))).isFalse();
  }

  private void create(CronSettings crons) {
    scheduler =
        new MorkScheduler(
            TestSchedulers.settings(
                new JobStoreSettings.Ram(), "AUTO", crons, TestSchedulers.noReconcilers()),
            Clock.systemUTC());
  }

  private static String dailyCronTwelveHoursAway() {
    int hour = (Instant.now().atZone(ZoneOffset.UTC).getHour() + 12) % 24;
    return "0 0 " + hour + " * * ?";
  }
}

package fr.openfun.mork.domain.service.warning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase.Command;
import fr.openfun.mork.testing.InMemoryWorld;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WarnInactiveUsersServiceTest {
  private final InMemoryWorld world = new InMemoryWorld();

  private WarnInactiveUsersService service() {
    return new WarnInactiveUsersService(
        world.directory, world.warnings, world.notifier, world.settings, world.clock);
  }

  private static Command real() {
    return new Command(false, OptionalInt.empty(), 0);
  }

  @Test
  void givenInactiveUsers_warnRun_sendsAndRecordsTheFirstReminderToEach() {
    EdxUser first = world.addInactiveUser();
    EdxUser second = world.addInactiveUser();
    world.addActiveUser();

    RunReport report = service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.warnings.all())
        .containsExactly(
            new Warning(first.id(), 1, world.now()), new Warning(second.id(), 1, world.now()));
    assertThat(world.notifier.warnings())
        .extracting(n -> n.user().id())
        .containsExactly(first.id(), second.id());
    assertThat(report.outcomes()).containsEntry("warned", 2L);
  }

  @Test
  void givenDryRun_warnRun_writesNothingAndReportsWhoWouldBeWarned() {
    world.addInactiveUser();
    world.addInactiveUser();
    world.addInactiveUser();
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report =
        service().warnInactiveUsers(new Command(true, OptionalInt.empty(), 0), RunObserver.NONE);

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.outcomes()).containsEntry("would_warn", 3L);
    assertThat(report.dryRun()).isTrue();
  }

  @Test
  void givenOnlyStaleWarnings_warnRun_clearsThemBeforeRecordingTheNewOne() {
    EdxUser user = world.addInactiveUser();
    world.warnings.record(new Warning(user.id(), 1, world.ago(Period.ofYears(7))));

    service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.warnings.all()).containsExactly(new Warning(user.id(), 1, world.now()));
  }

  @Test
  void givenFailingNotifier_warnRun_reportsTheFailureAndRecordsNothing() {
    world.addInactiveUser();
    world.notifier.answering(
        n -> new NotificationOutcome.Failed(FailureKind.TRANSIENT, "smtp down"));

    RunReport report = service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.warnings.all()).isEmpty();
    assertThat(report.progress().failed()).isEqualTo(1);
    assertThat(report.entries()).extracting(ReportEntry::outcome).containsExactly("failed");
  }

  @Test
  void givenLimitOfTwo_warnRun_warnsTwoUsersAndStopsOnTheLimit() {
    for (int i = 0; i < 5; i++) {
      world.addInactiveUser();
    }

    RunReport report =
        service().warnInactiveUsers(new Command(false, OptionalInt.of(2), 0), RunObserver.NONE);

    assertThat(world.notifier.warnings()).hasSize(2);
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.LIMIT);
  }

  @Test
  void givenStartAfterId_warnRun_resumesAfterThatUser() {
    world.addInactiveUser();
    EdxUser done = world.addInactiveUser();
    EdxUser next = world.addInactiveUser();

    service()
        .warnInactiveUsers(new Command(false, OptionalInt.empty(), done.id()), RunObserver.NONE);

    assertThat(world.notifier.warnings()).extracting(n -> n.user().id()).containsExactly(next.id());
  }

  @Test
  void givenObserverStoppingAfterFirstPage_warnRun_stopsRevokedWithThePageCursor() {
    EdxUser first = world.addInactiveUser();
    EdxUser second = world.addInactiveUser();
    world.addInactiveUser();
    List<TaskProgress> pages = new ArrayList<>();

    RunReport report = service().warnInactiveUsers(real(), p -> pages.add(p) && false);

    assertThat(pages).extracting(TaskProgress::cursor).containsExactly(second.id());
    assertThat(world.notifier.warnings())
        .extracting(n -> n.user().id())
        .containsExactly(first.id(), second.id());
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.REVOKED);
  }

  @Test
  void givenWarnedUsers_report_namesThemByMaskedEmailOnly() {
    EdxUser user = world.addInactiveUser();

    RunReport report = service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(report.entries()).extracting(ReportEntry::who).containsExactly("l***@e***.org");
    assertThat(report.toString()).doesNotContain(user.email());
  }
}

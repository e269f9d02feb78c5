package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase.Command;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DeleteInactiveUsersServiceTest {
  private final InMemoryWorld world = new InMemoryWorld();

  private DeleteInactiveUsersService service() {
    return new DeleteInactiveUsersService(
        world.directory,
        world.warnings,
        world.ledger,
        world.control,
        world.edx,
        world.settings,
        world.clock);
  }

  private static Command real() {
    return new Command(false, OptionalInt.empty(), false, List.of());
  }

  private void addActiveUsers(int count) {
    for (int i = 0; i < count; i++) {
      world.addActiveUser();
    }
  }

  @Test
  void givenDueUsers_realRun_recordsEachForEveryConfiguredService() {
    EdxUser due = world.addDueUser();
    world.addInactiveUser();
    addActiveUsers(4);

    RunReport report = service().deleteInactiveUsers(real(), RunObserver.NONE);

    MorkUser recorded = world.ledger.findByEdxUserId(due.id()).orElseThrow();
    assertThat(recorded.reason()).isEqualTo(DeletionReason.GDPR);
    assertThat(recorded.serviceStatuses())
        .extracting(ServiceStatus::service)
        .containsExactlyElementsOf(LedgerFixtures.defaultServices());
    assertThat(recorded.serviceStatuses())
        .extracting(ServiceStatus::status)
        .containsOnly(DeletionStatus.TO_DELETE);
    assertThat(report.outcomes()).containsEntry("recorded", 1L).containsEntry("not_yet", 1L);
  }

  @Test
  void givenMoreUsersThanOneRecordingChunk_realRun_tellsTheObserverOfEachChunkOnceRecorded() {
    for (int i = 0; i < 1200; i++) {
      world.addDueUser();
    }
    List<String> told = new java.util.ArrayList<>();
    RunObserver observer =
        new RunObserver() {
          @Override
          public boolean onPage(fr.openfun.mork.domain.model.TaskProgress progress) {
            return true;
          }

          @Override
          public void onRecorded(int users) {
            long stored = world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all());
            told.add(users + " of " + stored);
          }
        };

    service()
        .deleteInactiveUsers(new Command(false, OptionalInt.empty(), true, List.of()), observer);

    assertThat(told).containsExactly("500 of 500", "500 of 1000", "200 of 1200");
  }

  @Test
  void givenPaused_realRun_recordsNothingAndStopsPaused() {
    world.addDueUser();
    addActiveUsers(3);
    world.control.setPaused(true, world.now(), fr.openfun.mork.domain.model.Actor.SYSTEM);
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report = service().deleteInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.PAUSED);
  }

  @Test
  void givenDryRun_deleteRun_writesNothingAndPreviewsTheFirstUsers() {
    world.settings =
        new fr.openfun.mork.domain.policy.RunSettings(
            world.settings.policy(),
            world.settings.guard(),
            world.settings.backoff(),
            world.settings.services(),
            2,
            world.settings.claimLease(),
            world.settings.confirmationTimeout(),
            world.settings.gateService(),
            1);
    EdxUser first = world.addDueUser();
    EdxUser second = world.addDueUser();
    addActiveUsers(4);
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report =
        service()
            .deleteInactiveUsers(
                new Command(true, OptionalInt.empty(), false, List.of()), RunObserver.NONE);

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.selectedEdxUserIds()).containsExactly(first.id(), second.id());
    assertThat(report.entries())
        .extracting(ReportEntry::counts)
        .containsExactly(Map.of("auth_user", 1L), Map.of());
    assertThat(world.edx.previewed()).hasSize(1);
  }

  @Test
  void givenMoreDueUsersThanTheGuardAllows_realRun_tripsAndRecordsNothing() {
    world.addDueUser();
    world.addDueUser();
    world.addDueUser();
    addActiveUsers(1);
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report = service().deleteInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.stop())
        .hasValueSatisfying(
            s -> {
              assertThat(s.kind()).isEqualTo(RunStop.Kind.GUARD);
              assertThat(s.message()).contains("blast-radius guard");
            });
  }

  @Test
  void givenForce_realRun_recordsPastTheGuard() {
    world.addDueUser();
    world.addDueUser();
    world.addDueUser();
    addActiveUsers(1);

    RunReport report =
        service()
            .deleteInactiveUsers(
                new Command(false, OptionalInt.empty(), true, List.of()), RunObserver.NONE);

    assertThat(report.stop()).isEmpty();
    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isEqualTo(3);
  }

  @Test
  void givenApprovedIds_realRun_recordsOnlyThoseStillDue() {
    EdxUser approved = world.addDueUser();
    EdxUser loggedInSince = world.addActiveUser();
    world.addDueUser();
    addActiveUsers(3);

    RunReport report =
        service()
            .deleteInactiveUsers(
                new Command(
                    false,
                    OptionalInt.empty(),
                    false,
                    List.of(approved.id(), loggedInSince.id(), 999_999L)),
                RunObserver.NONE);

    assertThat(world.ledger.findByEdxUserId(approved.id())).isPresent();
    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isEqualTo(1);
    assertThat(report.outcomes()).containsEntry("not_yet", 1L).containsEntry("not_found", 1L);
  }

  @Test
  void givenLimitOfOne_realRun_recordsOneUser() {
    world.addDueUser();
    world.addDueUser();
    addActiveUsers(4);

    RunReport report =
        service()
            .deleteInactiveUsers(
                new Command(false, OptionalInt.of(1), false, List.of()), RunObserver.NONE);

    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isEqualTo(1);
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.LIMIT);
  }

  @Test
  void givenRevokedDuringSelection_realRun_recordsNothing() {
    world.addDueUser();
    world.addDueUser();
    world.addDueUser();
    addActiveUsers(5);

    RunReport report = service().deleteInactiveUsers(real(), progress -> false);

    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isZero();
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.REVOKED);
  }

  @Test
  void givenAPauseDuringTheSelection_realRun_stopsAtTheNextPageAndRecordsNothing() {
    world.settings =
        new fr.openfun.mork.domain.policy.RunSettings(
            world.settings.policy(),
            world.settings.guard(),
            world.settings.backoff(),
            world.settings.services(),
            2,
            world.settings.claimLease(),
            world.settings.confirmationTimeout(),
            world.settings.gateService(),
            1);
    for (int i = 0; i < 6; i++) {
      world.addDueUser();
    }
    addActiveUsers(6);
    java.util.concurrent.atomic.AtomicLong scannedAtPause =
        new java.util.concurrent.atomic.AtomicLong();
    RunObserver pauseAtFirstPage =
        progress -> {
          scannedAtPause.set(progress.scanned());
          world.control.setPaused(true, world.now(), fr.openfun.mork.domain.model.Actor.SYSTEM);
          return true;
        };

    RunReport report = service().deleteInactiveUsers(real(), pauseAtFirstPage);

    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.PAUSED);
    assertThat(report.progress().scanned() - scannedAtPause.get()).isLessThanOrEqualTo(2);
    assertThat(world.ledger.count(fr.openfun.mork.domain.model.LedgerQuery.all())).isZero();
  }
}

package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ReplayAndMinimizeServicesTest {
  private static final Actor OPERATOR = Actor.of("operator");
  private final InMemoryWorld world = new InMemoryWorld();

  private MorkUser erasedEverywhere(EdxUser user) {
    MorkUser recorded =
        world
            .ledger
            .record(
                NewLedgerEntry.of(
                    user,
                    fr.openfun.mork.domain.model.DeletionReason.GDPR,
                    LedgerFixtures.defaultServices()),
                world.now(),
                Actor.SYSTEM)
            .user();
    for (ServiceStatus status : recorded.serviceStatuses()) {
      world.ledger.changeStatus(
          recorded.id(),
          status.service(),
          StatusChange.to(DeletionStatus.DELETED, "erased", "done"),
          world.now(),
          Actor.SYSTEM);
    }
    return recorded;
  }

  private ReplayErasuresService replay() {
    return new ReplayErasuresService(world.ledger, world.directory, world.settings, world.clock);
  }

  @Test
  void givenErasedUserRestoredInEdx_replay_reopensEveryStatus() {
    EdxUser restored = world.addInactiveUser();
    MorkUser back = erasedEverywhere(restored);
    EdxUser gone = fr.openfun.mork.testing.EdxUserFixtures.anEdxUser().build();
    MorkUser stillGone = erasedEverywhere(gone);

    ReplayErasuresUseCase.Result result =
        replay().replay(new ReplayErasuresUseCase.Command(false, OPERATOR));

    assertThat(result.reappeared()).isEqualTo(1);
    assertThat(world.ledger.findById(back.id()).orElseThrow().serviceStatuses())
        .extracting(ServiceStatus::status)
        .containsOnly(DeletionStatus.TO_DELETE);
    assertThat(world.ledger.findById(stillGone.id()).orElseThrow().fullyProcessed()).isTrue();
  }

  @Test
  void givenManyRestoredUsersOverSeveralPages_replay_reopensThemAll() {
    for (int i = 0; i < 5; i++) {
      erasedEverywhere(world.addInactiveUser());
    }

    ReplayErasuresUseCase.Result result =
        replay().replay(new ReplayErasuresUseCase.Command(false, OPERATOR));

    assertThat(result.reopened()).isEqualTo(5 * LedgerFixtures.defaultServices().size());
  }

  @Test
  void givenDryRun_replay_reportsButWritesNothing() {
    erasedEverywhere(world.addInactiveUser());
    InMemoryWorld.Snapshot before = world.snapshot();

    ReplayErasuresUseCase.Result result =
        replay().replay(new ReplayErasuresUseCase.Command(true, OPERATOR));

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(result.entries()).extracting(e -> e.outcome()).containsExactly("would_replay");
  }

  @Test
  void givenAnErasedUsersIdNowHeldByAnotherAccount_replay_reportsItAndReopensNothing() {
    EdxUser requester = world.addInactiveUser();
    MorkUser erased = erasedEverywhere(requester);
    world.directory.remove(requester.id());
    world.directory.add(
        fr.openfun.mork.testing.EdxUserFixtures.anEdxUser()
            .withId(requester.id())
            .withUsername("new_face")
            .withEmail("new.face@example.org")
            .build());

    ReplayErasuresUseCase.Result result =
        replay().replay(new ReplayErasuresUseCase.Command(false, OPERATOR));

    assertThat(result.reappeared()).isZero();
    assertThat(result.reopened()).isZero();
    assertThat(result.entries()).extracting(e -> e.outcome()).containsExactly("id_reused");
    assertThat(world.ledger.findById(erased.id()).orElseThrow().fullyProcessed()).isTrue();
  }

  @Test
  void givenUserErasedLongerThanTheRetention_minimize_hashesTheirData() {
    MorkUser old = erasedEverywhere(world.addInactiveUser());
    world.clock.advance(Duration.ofDays(400));
    MorkUser recent = erasedEverywhere(world.addInactiveUser());

    MinimizePersonalDataUseCase.Result result =
        new MinimizePersonalDataService(world.ledger, world.clock)
            .minimize(new MinimizePersonalDataUseCase.Command(Period.ofYears(1)));

    assertThat(result.minimized()).isEqualTo(1);
    assertThat(result.cutoff()).isEqualTo(world.ago(Period.ofYears(1)));
    assertThat(world.ledger.findById(old.id()).orElseThrow().email()).startsWith("hash:");
    assertThat(world.ledger.findById(recent.id()).orElseThrow().email()).isEqualTo(recent.email());
  }
}

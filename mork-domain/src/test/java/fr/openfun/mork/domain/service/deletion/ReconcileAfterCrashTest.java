package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Command;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Result;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A worker killed after its edX batch committed and before it recorded the outcomes: the next
 * worker claims the batch again once the lease ends and finds the users gone. Seen by the crash
 * suite (CrashSuiteIT in mork-app): a kill during deletion notices lost the notice of every user
 * left in that batch.
 */
class ReconcileAfterCrashTest {
  private final InMemoryWorld world = new InMemoryWorld();
  private final ReconcileService service =
      new ReconcileService(
          world.ledger,
          List.of(world.edx, world.sarbacane),
          world.planner,
          world.control,
          world.warnings,
          world.notifier,
          world.settings,
          world.clock);

  ReconcileAfterCrashTest() {
    world.control.acknowledgePlan("plan-1", world.now(), Actor.SYSTEM);
  }

  @Test
  void givenABatchErasedByAWorkerThatDied_reconcileAfterTheLease_recordsDeletedAndSendsTheNotice() {
    MorkUser user = recordedAndWarned();
    world.ledger.claimDue(
        ServiceName.EDX, world.now(), 10, world.settings.claimLease(), Optional.empty());
    world.clock.advance(world.settings.claimLease().plus(Duration.ofSeconds(1)));
    world.edx.answering(r -> new ErasureOutcome.NotFound());

    Result result = service.reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result).isEqualTo(new Result(1, Map.of("not_found", 1), false));
    assertThat(edxStatus(user)).isEqualTo(DeletionStatus.DELETED);
    assertThat(world.notifier.deletionNotices()).hasSize(1);
    assertThat(world.warnings.all()).isEmpty();
  }

  @Test
  void givenAUserAlreadyGoneAtTheFirstClaim_reconcile_recordsDeletedWithoutANotice() {
    MorkUser user = recordedAndWarned();
    world.edx.answering(r -> new ErasureOutcome.NotFound());

    Result result = service.reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result).isEqualTo(new Result(1, Map.of("not_found", 1), false));
    assertThat(edxStatus(user)).isEqualTo(DeletionStatus.DELETED);
    assertThat(world.notifier.deletionNotices()).isEmpty();
  }

  @Test
  void givenASarbacaneBatchCutByACrash_reconcileAfterTheLease_sendsNoSecondNotice() {
    MorkUser user = recordedAndWarned();
    service.reconcile(new Command(ServiceName.EDX, 10));
    world.ledger.claimDue(
        ServiceName.SARBACANE,
        world.now(),
        10,
        world.settings.claimLease(),
        Optional.of(ServiceName.EDX));
    world.clock.advance(world.settings.claimLease().plus(Duration.ofSeconds(1)));
    world.sarbacane.answering(r -> new ErasureOutcome.NotFound());

    service.reconcile(new Command(ServiceName.SARBACANE, 10));

    assertThat(world.notifier.deletionNotices()).hasSize(1);
    assertThat(
            world
                .ledger
                .findById(user.id())
                .orElseThrow()
                .statusIn(ServiceName.SARBACANE)
                .orElseThrow()
                .status())
        .isEqualTo(DeletionStatus.DELETED);
  }

  private MorkUser recordedAndWarned() {
    MorkUser user =
        world.ledger.record(LedgerFixtures.aLedgerEntry(), world.now(), Actor.SYSTEM).user();
    world.warnings.record(new Warning(user.edxUserId(), 1, world.now().minusSeconds(60)));
    return user;
  }

  private DeletionStatus edxStatus(MorkUser user) {
    return world
        .ledger
        .findById(user.id())
        .orElseThrow()
        .statusIn(ServiceName.EDX)
        .orElseThrow()
        .status();
  }
}

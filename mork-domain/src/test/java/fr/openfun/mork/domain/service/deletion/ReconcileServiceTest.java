package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Command;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Result;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.testing.InMemoryErasurePlanner;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconcileServiceTest {
  private final InMemoryWorld world = new InMemoryWorld();

  ReconcileServiceTest() {
    world.control.acknowledgePlan("plan-1", world.now(), Actor.SYSTEM);
  }

  private ReconcileService service() {
    return service(List.of(world.edx, world.sarbacane));
  }

  private ReconcileService service(List<AccountEraser> erasers) {
    return new ReconcileService(
        world.ledger,
        erasers,
        world.planner,
        world.control,
        world.warnings,
        world.notifier,
        world.settings,
        world.clock);
  }

  private MorkUser recorded() {
    return world.ledger.record(LedgerFixtures.aLedgerEntry(), world.now(), Actor.SYSTEM).user();
  }

  private ServiceStatus status(MorkUser user, ServiceName service) {
    return world.ledger.findById(user.id()).orElseThrow().statusIn(service).orElseThrow();
  }

  private Result reconcile(ServiceName service) {
    return service().reconcile(new Command(service, 10));
  }

  @Test
  void givenErasedFromEdx_reconcile_marksDeletedClearsWarningsAndNotifies() {
    MorkUser user = recorded();
    world.warnings.record(new Warning(user.edxUserId(), 1, world.now().minusSeconds(60)));

    Result result = reconcile(ServiceName.EDX);

    assertThat(result).isEqualTo(new Result(1, Map.of("deleted", 1), false));
    assertThat(status(user, ServiceName.EDX).status()).isEqualTo(DeletionStatus.DELETED);
    assertThat(world.warnings.all()).isEmpty();
    assertThat(world.notifier.deletionNotices()).hasSize(1);
  }

  @Test
  void givenErasedFromEdx_reconcile_recordsEachErasureInItsOwnTransactionBeforeItsNotice() {
    recorded();
    recorded();
    recorded();

    reconcile(ServiceName.EDX);

    assertThat(world.ledger.changeTransactions()).isEqualTo(3);
    assertThat(world.notifier.deletionNotices()).hasSize(3);
  }

  @Test
  void givenNoDeletionNotices_reconcile_recordsTheBatchsErasuresInOneTransaction() {
    world.notifier.withoutDeletionNotices();
    List<MorkUser> users = List.of(recorded(), recorded(), recorded());
    users.forEach(
        u -> world.warnings.record(new Warning(u.edxUserId(), 1, world.now().minusSeconds(60))));

    Result result = reconcile(ServiceName.EDX);

    assertThat(result).isEqualTo(new Result(3, Map.of("deleted", 3), false));
    assertThat(world.ledger.changeTransactions()).isEqualTo(1);
    assertThat(users)
        .allSatisfy(
            u -> assertThat(status(u, ServiceName.EDX).status()).isEqualTo(DeletionStatus.DELETED));
    assertThat(world.warnings.all()).isEmpty();
  }

  @Test
  void givenPaused_reconcile_claimsNothing() {
    recorded();
    world.control.setPaused(true, world.now(), Actor.SYSTEM);
    InMemoryWorld.Snapshot before = world.snapshot();

    Result result = reconcile(ServiceName.EDX);

    assertThat(result).isEqualTo(new Result(0, Map.of(ReconcileService.PAUSED, 0), false));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void givenNoAcknowledgedPlan_reconcile_acknowledgesTheBaselineAndErases() {
    InMemoryWorld fresh = new InMemoryWorld();
    fresh.ledger.record(LedgerFixtures.aLedgerEntry(), fresh.now(), Actor.SYSTEM);
    ReconcileService service =
        new ReconcileService(
            fresh.ledger,
            List.of(fresh.edx),
            fresh.planner,
            fresh.control,
            fresh.warnings,
            fresh.notifier,
            fresh.settings,
            fresh.clock);

    Result result = service.reconcile(new Command(ServiceName.EDX, 10));

    assertThat(fresh.control.acknowledgedPlanFingerprint()).contains("plan-1");
    assertThat(result.claimed()).isEqualTo(1);
  }

  @Test
  void givenChangedSchema_reconcile_isBlockedAndClaimsNothing() {
    recorded();
    world.control.acknowledgePlan("plan-0", world.now(), Actor.SYSTEM);

    Result result = reconcile(ServiceName.EDX);

    assertThat(result).isEqualTo(new Result(0, Map.of(ReconcileService.BLOCKED, 0), false));
    assertThat(world.edx.erased()).isEmpty();
  }

  @Test
  void givenUserNotYetErasedFromEdx_reconcileSarbacane_waitsForTheGate() {
    MorkUser user = recorded();

    Result before = reconcile(ServiceName.SARBACANE);
    reconcile(ServiceName.EDX);
    Result after = reconcile(ServiceName.SARBACANE);

    assertThat(before.claimed()).isZero();
    assertThat(after.claimed()).isEqualTo(1);
    assertThat(status(user, ServiceName.SARBACANE).status()).isEqualTo(DeletionStatus.DELETED);
  }

  @Test
  void givenUserLoggedInSinceSelection_reconcile_withdrawsTheWholeEntry() {
    MorkUser user = recorded();
    world.edx.answering(r -> new ErasureOutcome.Spared("logged in since"));

    Result result = reconcile(ServiceName.EDX);

    assertThat(world.ledger.findById(user.id())).isEmpty();
    assertThat(result.outcomes()).containsEntry("spared", 1);
  }

  @Test
  void givenTransientFailure_reconcile_schedulesARetryWithBackoff() {
    MorkUser user = recorded();
    world.edx.answering(r -> new ErasureOutcome.Failed(FailureKind.TRANSIENT, "lock wait timeout"));

    reconcile(ServiceName.EDX);

    ServiceStatus status = status(user, ServiceName.EDX);
    assertThat(status.status()).isEqualTo(DeletionStatus.TO_DELETE);
    assertThat(status.attempts()).isEqualTo(1);
    assertThat(status.nextAttemptAt()).contains(world.now().plus(Duration.ofMinutes(1)));
    assertThat(status.lastError()).contains("TRANSIENT: lock wait timeout");
  }

  @Test
  void givenPermanentFailure_reconcile_retriesOnlyAtTheLongInterval() {
    MorkUser user = recorded();
    world.edx.answering(r -> new ErasureOutcome.Failed(FailureKind.PERMANENT, "bad row"));

    reconcile(ServiceName.EDX);

    assertThat(status(user, ServiceName.EDX).nextAttemptAt())
        .contains(world.now().plus(Duration.ofDays(1)));
  }

  @Test
  void givenThrowingEraser_reconcile_countsATransientFailure() {
    MorkUser user = recorded();
    world.edx.answering(
        r -> {
          throw new IllegalStateException("boom");
        });

    Result result = reconcile(ServiceName.EDX);

    assertThat(result.outcomes()).containsEntry("failed", 1);
    assertThat(status(user, ServiceName.EDX).attempts()).isEqualTo(1);
  }

  @Test
  void givenServiceRejectsMork_reconcile_putsTheWholeBatchBackAndStops() {
    MorkUser first = recorded();
    MorkUser second = recorded();
    MorkUser third = recorded();
    world.edx.answering(
        r -> new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "access denied"));

    Result result = reconcile(ServiceName.EDX);

    assertThat(result.serviceRejected()).isTrue();
    assertThat(world.edx.erased()).hasSize(1);
    assertThat(List.of(first, second, third))
        .allSatisfy(
            u -> {
              assertThat(status(u, ServiceName.EDX).status()).isEqualTo(DeletionStatus.TO_DELETE);
              assertThat(status(u, ServiceName.EDX).attempts()).isZero();
            });
  }

  /**
   * An eraser working on several users at once answers the rejection for those it had not started,
   * and the outcome of those in flight when it came.
   */
  @Test
  void givenAnErasureSettledAfterARejection_reconcile_recordsItAndPutsBackOnlyTheRejected() {
    MorkUser rejected = recorded();
    MorkUser inFlight = recorded();
    MorkUser notStarted = recorded();
    ErasureOutcome rejection = new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "401");
    AccountEraser concurrent =
        new AccountEraser() {
          @Override
          public ServiceName service() {
            return ServiceName.EDX;
          }

          @Override
          public ErasureOutcome erase(ErasureRequest request) {
            throw new AssertionError("eraseAll expected");
          }

          @Override
          public ErasureOutcome preview(ErasureRequest request) {
            throw new AssertionError("no preview expected");
          }

          @Override
          public List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
            return List.of(
                rejection, new ErasureOutcome.Erased(Map.of("auth_user", 1L)), rejection);
          }
        };
    Result result = service(List.of(concurrent)).reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result.serviceRejected()).isTrue();
    assertThat(result.outcomes()).containsEntry("rejected", 2).containsEntry("deleted", 1);
    assertThat(status(inFlight, ServiceName.EDX).status()).isEqualTo(DeletionStatus.DELETED);
    assertThat(List.of(rejected, notStarted))
        .allSatisfy(
            u -> {
              assertThat(status(u, ServiceName.EDX).status()).isEqualTo(DeletionStatus.TO_DELETE);
              assertThat(status(u, ServiceName.EDX).attempts()).isZero();
            });
  }

  @Test
  void givenPushServiceAccepted_reconcile_waitsForConfirmationUntilTheTimeout() {
    MorkUser user = recorded();
    world.ledger.changeStatus(
        user.id(),
        ServiceName.EDX,
        StatusChange.to(DeletionStatus.DELETED, "test", "done"),
        world.now(),
        Actor.SYSTEM);
    world.sarbacane.answering(r -> new ErasureOutcome.Accepted("queued"));

    Result result = reconcile(ServiceName.SARBACANE);

    ServiceStatus status = status(user, ServiceName.SARBACANE);
    assertThat(result.outcomes()).containsEntry("accepted", 1);
    assertThat(status.status()).isEqualTo(DeletionStatus.DELETING);
    assertThat(status.nextAttemptAt()).contains(world.now().plus(Duration.ofDays(1)));
  }

  @Test
  void givenProtectedUser_reconcile_marksProtectedNamingTheTables() {
    MorkUser user = recorded();
    world.edx.answering(
        r -> new ErasureOutcome.Protected(List.of("certificates_generatedcertificate")));

    reconcile(ServiceName.EDX);

    assertThat(status(user, ServiceName.EDX).status()).isEqualTo(DeletionStatus.PROTECTED);
    assertThat(world.audit.history(user.id()))
        .extracting(AuditEvent::detail)
        .contains("protected by certificates_generatedcertificate");
  }

  @Test
  void givenUnknownUser_reconcile_marksDeletedAsNotFound() {
    MorkUser user = recorded();
    world.edx.answering(r -> new ErasureOutcome.NotFound());

    reconcile(ServiceName.EDX);

    assertThat(status(user, ServiceName.EDX).status()).isEqualTo(DeletionStatus.DELETED);
  }

  @Test
  void givenFailureQuotingTheEmail_reconcile_auditsNoRawEmail() {
    MorkUser user = recorded();
    world.edx.answering(r -> new ErasureOutcome.Failed(FailureKind.TRANSIENT, "no " + r.email()));

    reconcile(ServiceName.EDX);

    assertThat(world.audit.all())
        .extracting(AuditEvent::detail)
        .noneMatch(d -> d.contains(user.email()));
    assertThat(status(user, ServiceName.EDX).lastError())
        .hasValueSatisfying(e -> assertThat(e).doesNotContain(user.email()));
  }

  @Test
  void givenUnpolicedColumnsInANewPlan_reconcile_isBlocked() {
    InMemoryWorld fresh = new InMemoryWorld();
    fresh.ledger.record(LedgerFixtures.aLedgerEntry(), fresh.now(), Actor.SYSTEM);
    InMemoryErasurePlanner planner =
        new InMemoryErasurePlanner(
            InMemoryErasurePlanner.aPlan("plan-x", List.of("new_table.user_id")));
    ReconcileService service =
        new ReconcileService(
            fresh.ledger,
            List.of(fresh.edx),
            planner,
            fresh.control,
            fresh.warnings,
            fresh.notifier,
            fresh.settings,
            fresh.clock);

    Result result = service.reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result.claimed()).isZero();
    assertThat(fresh.control.acknowledgedPlanFingerprint()).isEqualTo(Optional.empty());
  }
}

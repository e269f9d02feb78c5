package fr.openfun.mork.domain.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.AuditEvent;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import fr.openfun.mork.domain.port.out.HealthCheck;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerServicesTest {
  private static final Actor JOANIE = Actor.of("joanie");
  private final InMemoryWorld world = new InMemoryWorld();
  private final UpdateStatusService update = new UpdateStatusService(world.ledger, world.clock);

  private MorkUser recorded() {
    return world.ledger.record(LedgerFixtures.aLedgerEntry(), world.now(), Actor.SYSTEM).user();
  }

  @Test
  void givenPullServiceReport_update_setsTheStatusAuditedWithTheActor() {
    MorkUser user = recorded();

    Optional<ServiceStatus> status =
        update.update(
            new UpdateStatusUseCase.Command(
                user.id(), LedgerFixtures.JOANIE, DeletionStatus.DELETED, JOANIE));

    assertThat(status).map(ServiceStatus::status).contains(DeletionStatus.DELETED);
    assertThat(new GetLedgerService(world.ledger, world.audit).history(user.id()))
        .extracting(AuditEvent::actor)
        .contains(JOANIE);
  }

  @Test
  void givenAUserEdxHasNotErasedYet_searchForAPullService_hidesItUntilEdxIsDone() {
    MorkUser waiting = recorded();
    MorkUser erased = recorded();
    update.update(
        new UpdateStatusUseCase.Command(
            erased.id(), ServiceName.EDX, DeletionStatus.DELETED, Actor.SYSTEM));
    var ledger = new GetLedgerService(world.ledger, world.audit, Optional.of(ServiceName.EDX));

    List<MorkUser> forJoanie =
        ledger.searchFor(LedgerFixtures.JOANIE, fr.openfun.mork.domain.model.LedgerQuery.all());
    List<MorkUser> forEdx =
        ledger.searchFor(ServiceName.EDX, fr.openfun.mork.domain.model.LedgerQuery.all());

    assertThat(forJoanie).extracting(MorkUser::id).containsExactly(erased.id());
    assertThat(forEdx)
        .extracting(MorkUser::id)
        .containsExactlyInAnyOrder(waiting.id(), erased.id());
  }

  @Test
  void givenAUserEdxHasNotErasedYet_findForAPullService_isEmptyUntilEdxIsDone() {
    MorkUser waiting = recorded();
    MorkUser erased = recorded();
    update.update(
        new UpdateStatusUseCase.Command(
            erased.id(), ServiceName.EDX, DeletionStatus.DELETED, Actor.SYSTEM));
    var ledger = new GetLedgerService(world.ledger, world.audit, Optional.of(ServiceName.EDX));

    Optional<MorkUser> waitingForJoanie = ledger.findFor(LedgerFixtures.JOANIE, waiting.id());
    Optional<MorkUser> erasedForJoanie = ledger.findFor(LedgerFixtures.JOANIE, erased.id());
    Optional<MorkUser> waitingForEdx = ledger.findFor(ServiceName.EDX, waiting.id());

    assertThat(waitingForJoanie).isEmpty();
    assertThat(erasedForJoanie).map(MorkUser::id).contains(erased.id());
    assertThat(waitingForEdx).map(MorkUser::id).contains(waiting.id());
  }

  @Test
  void givenUsersOnEitherSideOfTheGate_findForAndSearchFor_agree() {
    MorkUser waiting = recorded();
    MorkUser erased = recorded();
    update.update(
        new UpdateStatusUseCase.Command(
            erased.id(), ServiceName.EDX, DeletionStatus.DELETED, Actor.SYSTEM));
    var ledger = new GetLedgerService(world.ledger, world.audit, Optional.of(ServiceName.EDX));

    List<MorkUser> listed =
        ledger.searchFor(LedgerFixtures.JOANIE, fr.openfun.mork.domain.model.LedgerQuery.all());

    assertThat(
            List.of(waiting, erased).stream()
                .filter(u -> ledger.findFor(LedgerFixtures.JOANIE, u.id()).isPresent())
                .map(MorkUser::id))
        .containsExactlyElementsOf(listed.stream().map(MorkUser::id).toList());
  }

  @Test
  void givenNoGate_findFor_findsEveryUser() {
    MorkUser waiting = recorded();

    Optional<MorkUser> found =
        new GetLedgerService(world.ledger, world.audit)
            .findFor(LedgerFixtures.JOANIE, waiting.id());

    assertThat(found).map(MorkUser::id).contains(waiting.id());
  }

  @Test
  void givenDeletedStatus_retry_reopensItDueNowWithAttemptsReset() {
    MorkUser user = recorded();
    update.update(
        new UpdateStatusUseCase.Command(
            user.id(), ServiceName.EDX, DeletionStatus.DELETED, JOANIE));

    Optional<ServiceStatus> status = update.retry(user.id(), ServiceName.EDX, JOANIE);

    assertThat(status)
        .hasValueSatisfying(
            s -> {
              assertThat(s.status()).isEqualTo(DeletionStatus.TO_DELETE);
              assertThat(s.attempts()).isZero();
              assertThat(s.nextAttemptAt()).contains(world.now());
            });
  }

  @Test
  void givenReason_skip_marksDeletedWithTheReasonAudited() {
    MorkUser user = recorded();

    update.skip(user.id(), ServiceName.SARBACANE, "contact never existed", JOANIE);

    assertThat(world.audit.history(user.id()))
        .extracting(AuditEvent::detail)
        .contains("skipped: contact never existed");
  }

  @Test
  void givenOperator_pauseThenResume_flipsTheSharedSwitch() {
    ControlService control = new ControlService(world.control, world.clock);

    control.pause(JOANIE);
    boolean paused = control.paused();
    control.resume(JOANIE);

    assertThat(paused).isTrue();
    assertThat(control.paused()).isFalse();
  }

  @Test
  void givenAnotherFingerprint_acknowledge_throwsAndTheCurrentOneIsAccepted() {
    ExplainPlanService plans =
        new ExplainPlanService(
            world.planner, world.control, world.directory, world.edx, world.clock);

    assertThatThrownBy(() -> plans.acknowledge("plan-0", JOANIE))
        .isInstanceOf(IllegalArgumentException.class);
    plans.acknowledge("plan-1", JOANIE);

    assertThat(plans.drift())
        .isInstanceOf(fr.openfun.mork.domain.policy.DriftVerdict.Allowed.class);
  }

  @Test
  void givenEmail_preview_asksTheEdxEraserWithoutErasing() {
    EdxUser user = world.addActiveUser();
    ExplainPlanService plans =
        new ExplainPlanService(
            world.planner, world.control, world.directory, world.edx, world.clock);

    Optional<ErasureOutcome> preview = plans.preview(user.email());

    assertThat(preview).contains(new ErasureOutcome.Erased(Map.of("auth_user", 1L)));
    assertThat(world.edx.erased()).isEmpty();
    assertThat(plans.preview("nobody@example.org")).isEmpty();
  }

  @Test
  void givenThrowingCheck_check_reportsItUnhealthyInOrder() {
    HealthCheck database = check("database", () -> true);
    HealthCheck edx =
        check(
            "edx",
            () -> {
              throw new IllegalStateException("down");
            });

    Map<String, Boolean> health = new CheckHealthService(List.of(database, edx)).check();

    assertThat(health).containsExactly(Map.entry("database", true), Map.entry("edx", false));
  }

  private static HealthCheck check(String name, java.util.function.BooleanSupplier answer) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean healthy() {
        return answer.getAsBoolean();
      }
    };
  }
}

package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Command;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase.Result;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import fr.openfun.mork.domain.service.ledger.ExplainPlanService;
import fr.openfun.mork.testing.InMemoryErasurePlanner;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An LMS upgraded while Mork runs: the planner's next read of the schema gives a new plan. The edX
 * reconciler and the operator's plan view read the schema again instead of trusting the plan read
 * at start.
 */
class SchemaReadAgainTest {
  private final InMemoryWorld world = new InMemoryWorld();

  SchemaReadAgainTest() {
    world.control.acknowledgePlan("plan-1", world.now(), Actor.SYSTEM);
    world.ledger.record(LedgerFixtures.aLedgerEntry(), world.now(), Actor.SYSTEM);
  }

  private ReconcileService reconciler(ErasurePlanner planner) {
    return new ReconcileService(
        world.ledger,
        List.of(world.edx),
        planner,
        world.control,
        world.warnings,
        world.notifier,
        world.settings,
        world.clock);
  }

  @Test
  void givenTheSchemaChangedSinceStart_reconcileEdx_isBlockedAndErasesNobody() {
    world.planner.onReload(InMemoryErasurePlanner.aPlan("plan-2", List.of()));

    Result result = reconciler(world.planner).reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result).isEqualTo(new Result(0, Map.of(ReconcileService.BLOCKED, 0), false));
    assertThat(world.edx.erased()).isEmpty();
  }

  @Test
  void givenAnUnreadableSchema_reconcileEdx_isBlockedAndErasesNobody() {
    ErasurePlanner unreadable =
        new ErasurePlanner() {
          @Override
          public DeletionPlan plan() {
            return world.planner.plan();
          }

          @Override
          public DeletionPlan reload() {
            throw new IllegalStateException("cannot read the edX schema: connection refused");
          }
        };

    Result result = reconciler(unreadable).reconcile(new Command(ServiceName.EDX, 10));

    assertThat(result).isEqualTo(new Result(0, Map.of(ReconcileService.BLOCKED, 0), false));
    assertThat(world.edx.erased()).isEmpty();
  }

  @Test
  void givenTheSchemaChangedSinceStart_planView_showsTheNewPlanAndAcceptsItsAcknowledgement() {
    world.planner.onReload(InMemoryErasurePlanner.aPlan("plan-2", List.of()));
    ExplainPlanService plans =
        new ExplainPlanService(
            world.planner, world.control, world.directory, world.edx, world.clock);

    DriftVerdict before = plans.drift();
    plans.acknowledge(plans.plan().fingerprint(), Actor.of("operator"));

    assertThat(before).isInstanceOf(DriftVerdict.Blocked.class);
    assertThat(plans.drift()).isInstanceOf(DriftVerdict.Allowed.class);
    assertThat(world.control.acknowledgedPlanFingerprint()).contains("plan-2");
  }
}

package fr.openfun.mork.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.testing.InMemoryErasurePlanner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDriftGuardTest {
  private final DeletionPlan plan = InMemoryErasurePlanner.aPlan("fp-2", List.of());

  @Test
  void givenAcknowledgedFingerprint_evaluate_allows() {
    Optional<String> acknowledged = Optional.of("fp-2");

    DriftVerdict verdict = SchemaDriftGuard.evaluate(plan, acknowledged);

    assertThat(verdict).isInstanceOf(DriftVerdict.Allowed.class);
  }

  @Test
  void givenNothingAcknowledged_evaluate_proposesTheBaseline() {
    Optional<String> acknowledged = Optional.empty();

    DriftVerdict verdict = SchemaDriftGuard.evaluate(plan, acknowledged);

    assertThat(verdict).isEqualTo(new DriftVerdict.Baseline("fp-2"));
  }

  @Test
  void givenAnotherFingerprintAcknowledged_evaluate_blocks() {
    Optional<String> acknowledged = Optional.of("fp-1");

    DriftVerdict verdict = SchemaDriftGuard.evaluate(plan, acknowledged);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            DriftVerdict.Blocked.class,
            b -> assertThat(b.reason()).contains("fp-2").contains("fp-1"));
  }

  @Test
  void givenUnpolicedColumnsAndNoBaseline_evaluate_blocks() {
    DeletionPlan incomplete = InMemoryErasurePlanner.aPlan("fp-3", List.of("new_table.user_id"));

    DriftVerdict verdict = SchemaDriftGuard.evaluate(incomplete, Optional.empty());

    assertThat(verdict)
        .isInstanceOfSatisfying(
            DriftVerdict.Blocked.class, b -> assertThat(b.reason()).contains("new_table.user_id"));
  }
}

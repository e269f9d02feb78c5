package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.TestSchemas.fk;
import static fr.openfun.mork.adapter.edx.TestSchemas.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.adapter.edx.SchemaModel.ForeignKey;
import fr.openfun.mork.domain.model.PlanAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String USER = TestSchemas.USER;

  @Test
  void givenCycleOfNotNullKeys_build_refusesNamingTheCycle() {
    var s =
        schema(
            List.of(USER, "a:id int!,user_id int!,b_id int!", "b:id int!,a_id int!"),
            List.of(fk("a", "user_id", "auth_user"), fk("a", "b_id", "b"), fk("b", "a_id", "a")));

    var error = assertThatThrownBy(() -> PlanBuilder.build(s, ErasureRules.none(), NOW));

    error.isInstanceOf(IllegalStateException.class).hasMessageContaining("a -> b -> a");
  }

  @Test
  void givenNoAuthUser_build_refusesWithAClearMessage() {
    var s = schema(List.of("a:id int!"), List.of());

    var error = assertThatThrownBy(() -> PlanBuilder.build(s, ErasureRules.none(), NOW));

    error.isInstanceOf(IllegalStateException.class).hasMessageContaining("no auth_user table");
  }

  @Test
  void givenCompositeForeignKey_build_keepsBothColumnsInOneStep() {
    var s =
        schema(
            List.of(USER, "a:id int!,user_id int!,k int!", "b:x int!,y int!"),
            List.of(
                fk("a", "user_id", "auth_user"),
                new ForeignKey("b", List.of("x", "y"), "a", List.of("id", "k"))));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(plan.steps())
        .anyMatch(
            st ->
                st.edge().equals("b.x,y")
                    && st.parentColumn().equals("id,k")
                    && st.action() == PlanAction.DELETE);
  }

  @Test
  void givenSameSchemaTwice_build_givesTheSameFingerprint() {
    var s =
        schema(List.of(USER, "a:id int!,user_id int!"), List.of(fk("a", "user_id", "auth_user")));

    var first = PlanBuilder.build(s, ErasureRules.none(), NOW);
    var second = PlanBuilder.build(s, ErasureRules.none(), NOW.plusSeconds(60));

    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void givenChangedAction_build_changesTheFingerprint() {
    var s =
        schema(List.of(USER, "a:id int!,user_id int!"), List.of(fk("a", "user_id", "auth_user")));

    var changed = PlanBuilder.build(s, ErasureRules.parse("a protect", "r"), NOW);

    assertThat(changed.fingerprint())
        .isNotEqualTo(PlanBuilder.build(s, ErasureRules.none(), NOW).fingerprint());
  }

  @Test
  void givenUnrelatedTable_build_leavesItOutOfThePlan() {
    var s =
        schema(
            List.of(USER, "a:id int!,user_id int!", "site:id int!,name varchar!"),
            List.of(fk("a", "user_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(plan.steps()).extracting(st -> st.table()).containsExactly("a");
  }

  @Test
  void givenIgnoredUserColumn_build_listsItAsPolicedIgnore() {
    var s = schema(List.of(USER, "log:id int!,user_id int!"), List.of());

    var plan = PlanBuilder.build(s, ErasureRules.parse("log.user_id ignore", "r"), NOW);

    assertThat(plan.unpolicedColumns()).isEmpty();
    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.action()).isEqualTo(PlanAction.IGNORE);
              assertThat(st.foreignKey()).isFalse();
            });
  }
}

package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ErasureOutcome;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasing course staff who acted on other learners keeps those learners' records and the course's
 * (reassigned to the retired placeholder, or unlinked), on the project's edX-like schema. Seen
 * failing before ownership was planned: the learner's standing, the invalidation, the coupon
 * redemptions and the learner's OAuth token were deleted with the staff member.
 */
class ActorErasureIT {
  private EdxLikeFixture fixture;
  private JooqEdxAccountEraser eraser;
  private ActorScenario scenario;

  @BeforeEach
  void seed() throws Exception {
    fixture = new EdxLikeFixture("mork_actor");
    JooqErasurePlanner planner = fixture.planner();
    eraser = new JooqEdxAccountEraser(fixture.database, planner);
    scenario = ActorScenario.seed(fixture.db, planner.plan(), "a", 900_000);
  }

  @AfterEach
  void drop() {
    fixture.close();
  }

  @Test
  void givenStaffWhoActedOnOthers_erase_keepsTheOtherPeoplesRecords() {
    var outcome = eraser.erase(EdxLikeFixture.request(scenario.staff));

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
    scenario.assertOtherPeoplesRecordsKept(fixture.db);
  }

  @Test
  void givenStaffWhoActedOnOthers_erase_leavesNothingOfTheStaffMember() {
    eraser.erase(EdxLikeFixture.request(scenario.staff));

    var plan = fixture.planner().plan();
    assertThat(ActorScenario.referencesTo(fixture.db, plan, scenario.staff)).isEmpty();
    assertThat(fixture.db.count("SELECT count(*) FROM auth_user WHERE id = " + scenario.staff))
        .isZero();
  }

  @Test
  void givenBatchMixingStaffAndOrdinaryUsers_eraseBatch_erasesBothAndKeepsOthersRecords() {
    var batch =
        eraser.eraseBatch(
            List.of(
                EdxLikeFixture.request(scenario.staff), EdxLikeFixture.request(scenario.ordinary)));

    var plan = fixture.planner().plan();
    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values()).allMatch(ErasureOutcome.Erased.class::isInstance);
    assertThat(ActorScenario.referencesTo(fixture.db, plan, scenario.staff)).isEmpty();
    assertThat(ActorScenario.referencesTo(fixture.db, plan, scenario.ordinary)).isEmpty();
    scenario.assertOtherPeoplesRecordsKept(fixture.db);
    assertThat(batch.totals()).containsEntry("student_userstanding (reassigned)", 1L);
  }

  @Test
  void givenActorRows_preview_countsTheReassignedRowsPerTableAndCreatesNothing() {
    var preview = eraser.preview(EdxLikeFixture.request(scenario.staff));

    assertThat(preview)
        .isInstanceOfSatisfying(
            ErasureOutcome.Erased.class,
            e ->
                assertThat(e.counts())
                    .containsEntry("student_userstanding (reassigned)", 1L)
                    .containsEntry("certificates_certificateinvalidation (reassigned)", 1L)
                    .containsEntry("shoppingcart_coupon (reassigned)", 1L));
    assertThat(ActorScenario.placeholder(fixture.db)).isZero();
  }

  @Test
  void givenTheLearner_erase_removesTheirStandingAndRedemptions() {
    eraser.erase(EdxLikeFixture.request(scenario.learner));

    var plan = fixture.planner().plan();
    assertThat(ActorScenario.referencesTo(fixture.db, plan, scenario.learner)).isEmpty();
    assertThat(fixture.db.count("SELECT count(*) FROM shoppingcart_coupon")).isOne();
  }
}

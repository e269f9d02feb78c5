package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqErasurePlannerIT {
  private static EdxLikeFixture fixture;
  private static DeletionPlan plan;

  @BeforeAll
  static void setUp() {
    fixture = new EdxLikeFixture("mork_edx_plan");
    plan = fixture.planner().plan();
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  private static PlanStep step(String edge) {
    return plan.steps().stream().filter(s -> s.edge().equals(edge)).findFirst().orElseThrow();
  }

  @Test
  void givenTableWithSeveralUserColumns_plan_hasOneStepPerColumn() {
    Map<String, PlanAction> actions =
        Map.of(
            "course_groups_cohortmembership.user_id", PlanAction.DELETE,
            "course_groups_cohortmembership.created_by_id", PlanAction.SET_NULL,
            "course_groups_cohortmembership.updated_by_id", PlanAction.SET_NULL);

    var found = actions.keySet().stream().map(JooqErasurePlannerIT::step).toList();

    assertThat(found).allSatisfy(s -> assertThat(s.action()).isEqualTo(actions.get(s.edge())));
  }

  @Test
  void givenNullableAuditColumns_plan_setsThemNullButDeletesOwnData() {
    PlanStep audit = step("embargo_ipfilter.changed_by_id");
    PlanStep history = step("student_historicalcourseenrollment.history_user_id");

    PlanStep ownData = step("external_auth_externalauthmap.user_id");

    assertThat(audit.action()).isEqualTo(PlanAction.SET_NULL);
    assertThat(history.action()).isEqualTo(PlanAction.SET_NULL);
    assertThat(ownData.action()).isEqualTo(PlanAction.DELETE);
  }

  @Test
  void givenChainOfDepthFive_plan_ordersEveryChildBeforeItsParent() {
    var deletes = plan.steps().stream().filter(s -> s.action() == PlanAction.DELETE).toList();

    var violations =
        deletes.stream()
            .filter(
                child ->
                    deletes.stream()
                        .anyMatch(
                            parent ->
                                parent.table().equals(child.parentTable())
                                    && parent.order() < child.order()))
            .toList();

    assertThat(step("submissions_scoresummary.highest_id").action()).isEqualTo(PlanAction.DELETE);
    assertThat(violations).isEmpty();
  }

  @Test
  void givenCycleAndSelfReferences_plan_breaksThemWithSetNull() {
    PlanStep cycle = step("wiki_revisionplugin.current_revision_id");

    PlanStep self = step("verify_student_softwaresecurephotoverification.copy_id_photo_from_id");

    assertThat(cycle.action()).isEqualTo(PlanAction.SET_NULL);
    assertThat(cycle.reason()).startsWith("cycle break");
    assertThat(self.action()).isEqualTo(PlanAction.SET_NULL);
  }

  @Test
  void givenOriginalProtectedTables_plan_protectsThosePresent() {
    var tables = plan.protectingTables();

    assertThat(tables)
        .contains(
            "authtoken_token",
            "dark_lang_darklangconfig",
            "course_action_state_coursererunstate",
            "wiki_article",
            "wiki_articlerevision");
  }

  @Test
  void givenColumnsWithoutForeignKey_plan_followsTheShippedRules() {
    PlanStep email = step("student_courseenrollmentallowed.email");

    PlanStep anonymous = step("submissions_studentitem.student_id");

    assertThat(email.foreignKey()).isFalse();
    assertThat(email.parentTable() + "." + email.parentColumn()).isEqualTo("auth_user.email");
    assertThat(anonymous.parentTable() + "." + anonymous.parentColumn())
        .isEqualTo("student_anonymoususerid.anonymous_user_id");
    assertThat(step("courseware_studentmodulehistory.student_module_id").action())
        .isEqualTo(PlanAction.DELETE);
  }

  @Test
  void givenForumTable_plan_anonymizesAuthorAndBody() {
    PlanStep thread = step("forum_thread.author_id");

    assertThat(thread.action()).isEqualTo(PlanAction.ANONYMIZE);
    assertThat(thread.anonymizeWith())
        .isEqualTo(
            Map.of(
                "author_id",
                Optional.empty(),
                "title",
                Optional.of("[deleted]"),
                "body",
                Optional.of("")));
  }

  @Test
  void givenCompleteRules_plan_hasNoUnpolicedColumn() {
    var unpoliced = plan.unpolicedColumns();

    assertThat(unpoliced).isEmpty();
  }

  @Test
  void givenOnlyDefaultRules_plan_reportsDiscoveredUserColumns() {
    var defaults =
        new JooqErasurePlanner(fixture.database, ErasureRules.defaults(), EdxLikeFixture.CLOCK);

    var unpoliced = defaults.plan().unpolicedColumns();

    assertThat(unpoliced).contains("third_party_auth_userlog.user_id");
    assertThat(unpoliced).anyMatch(c -> c.startsWith("forum_subscription.subscriber_id"));
  }

  @Test
  void givenOverride_plan_usesItAndSaysWhy() {
    var rules =
        EdxLikeFixture.rules()
            .overriddenBy(
                ErasureRules.parse("embargo_ipfilter.changed_by_id delete\n", "ops.rules"));

    var overridden = new JooqErasurePlanner(fixture.database, rules, EdxLikeFixture.CLOCK).plan();

    var s =
        overridden.steps().stream()
            .filter(x -> x.edge().equals("embargo_ipfilter.changed_by_id"))
            .findFirst()
            .orElseThrow();
    assertThat(s.action()).isEqualTo(PlanAction.DELETE);
    assertThat(s.reason()).isEqualTo("rule ops.rules:1");
    assertThat(overridden.fingerprint()).isNotEqualTo(plan.fingerprint());
  }

  @Test
  void givenUnchangedSchema_reload_keepsTheFingerprint() {
    var planner = fixture.planner();

    var reloaded = planner.reload();

    assertThat(reloaded.fingerprint()).isEqualTo(plan.fingerprint());
  }

  @Test
  void givenNewUserForeignKey_reload_changesTheFingerprint() {
    var planner = fixture.planner();
    fixture.db.execute(
        "CREATE TABLE zz_new_feature (id INT PRIMARY KEY, user_id INT NOT NULL,"
            + " CONSTRAINT fk_zz_user FOREIGN KEY (user_id) REFERENCES auth_user (id))");

    var reloaded = planner.reload();

    fixture.db.execute("DROP TABLE zz_new_feature");
    assertThat(reloaded.fingerprint()).isNotEqualTo(plan.fingerprint());
    assertThat(reloaded.steps()).anyMatch(s -> s.edge().equals("zz_new_feature.user_id"));
  }

  @Test
  void givenDatabaseWithoutAuthUser_planner_failsAtStartWithClearMessage() {
    try (var empty = TestMariaDb.create("mork_edx_empty");
        var database = new EdxDatabase(empty.settings())) {

      var error =
          assertThatThrownBy(
              () ->
                  new JooqErasurePlanner(database, ErasureRules.defaults(), EdxLikeFixture.CLOCK));

      error.isInstanceOf(IllegalStateException.class).hasMessageContaining("no auth_user table");
    }
  }
}

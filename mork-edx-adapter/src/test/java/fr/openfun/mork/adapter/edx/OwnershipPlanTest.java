package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.TestSchemas.USER;
import static fr.openfun.mork.adapter.edx.TestSchemas.fk;
import static fr.openfun.mork.adapter.edx.TestSchemas.schema;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner tells the user's own rows from records that merely name the user as actor. */
class OwnershipPlanTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** edX's student_userstanding: the row is user_id's standing, set by changed_by_id. */
  private static final SchemaModel STANDING =
      schema(
          List.of(USER, "student_userstanding:id int!,user_id int!,changed_by_id int!"),
          List.of(
              fk("student_userstanding", "user_id", "auth_user"),
              fk("student_userstanding", "changed_by_id", "auth_user")));

  private static PlanStep step(DeletionPlan plan, String edge) {
    return plan.steps().stream().filter(s -> s.edge().equals(edge)).findFirst().orElseThrow();
  }

  @Test
  void givenNotNullActorColumn_build_reassignsItToTheRetiredPlaceholder() {
    var plan = PlanBuilder.build(STANDING, ErasureRules.none(), NOW);

    assertThat(step(plan, "student_userstanding.changed_by_id").action())
        .isEqualTo(PlanAction.REASSIGN);
    assertThat(step(plan, "student_userstanding.changed_by_id").reason()).contains("actor");
  }

  @Test
  void givenSubjectColumnOfTheSameTable_build_stillDeletesTheUsersOwnRow() {
    var plan = PlanBuilder.build(STANDING, ErasureRules.none(), NOW);

    assertThat(step(plan, "student_userstanding.user_id").action()).isEqualTo(PlanAction.DELETE);
    assertThat(step(plan, "student_userstanding.user_id").reason()).contains("own row");
  }

  @Test
  void givenNullableActorColumn_build_setsItToNull() {
    var s =
        schema(
            List.of(USER, "bulk_email_courseemail:id int!,sender_id int?"),
            List.of(fk("bulk_email_courseemail", "sender_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(step(plan, "bulk_email_courseemail.sender_id").action())
        .isEqualTo(PlanAction.SET_NULL);
  }

  @Test
  void givenActorNamedLikeEdx_ownership_recognisesEveryShape() {
    var actors =
        List.of(
            "changed_by_id",
            "invalidated_by_id",
            "set_by_user_id",
            "history_user_id",
            "created_user_id",
            "requester_id",
            "sender_id",
            "reviewing_user_id");

    var subjects = List.of("user_id", "student_id", "owner_id", "subscriber_id", "author_id");

    assertThat(actors).allMatch(Ownership::actor);
    assertThat(subjects).noneMatch(Ownership::actor);
  }

  @Test
  void givenRowsOfOtherUsersUnderADeletedRow_build_reportsTheUndecidedPath() {
    var s =
        schema(
            List.of(
                USER, "client:id int!,user_id int?", "token:id int!,client_id int!,user_id int!"),
            List.of(
                fk("client", "user_id", "auth_user"),
                fk("token", "client_id", "client"),
                fk("token", "user_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(plan.unpolicedColumns())
        .singleElement()
        .asString()
        .startsWith("token.client_id (deleting an erased user's client row")
        .contains("token.user_id");
  }

  @Test
  void givenNullableLinkIntoRowsOfOtherUsers_build_clearsTheLinkInsteadOfDeleting() {
    var s =
        schema(
            List.of(
                USER,
                "shoppingcart_order:id int!,user_id int!",
                "redemption:id int!,order_id int?,redeemed_by_id int!"),
            List.of(
                fk("shoppingcart_order", "user_id", "auth_user"),
                fk("redemption", "order_id", "shoppingcart_order"),
                fk("redemption", "redeemed_by_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(step(plan, "redemption.order_id").action()).isEqualTo(PlanAction.SET_NULL);
    assertThat(plan.unpolicedColumns()).isEmpty();
  }

  @Test
  void givenRuleOnTheUndecidedPath_build_followsTheRule() {
    var s =
        schema(
            List.of(USER, "orders:id int!,user_id int!", "item:id int!,order_id int!,user_id int!"),
            List.of(
                fk("orders", "user_id", "auth_user"),
                fk("item", "order_id", "orders"),
                fk("item", "user_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.parse("item.order_id delete", "r"), NOW);

    assertThat(plan.unpolicedColumns()).isEmpty();
    assertThat(step(plan, "item.order_id").reason()).isEqualTo("rule r:1");
  }

  @Test
  void givenKeptParent_build_leavesItsChildrenOutOfThePlan() {
    var s =
        schema(
            List.of(
                USER,
                "shoppingcart_coupon:id int!,created_by_id int!",
                "couponredemption:id int!,coupon_id int!,user_id int!"),
            List.of(
                fk("shoppingcart_coupon", "created_by_id", "auth_user"),
                fk("couponredemption", "coupon_id", "shoppingcart_coupon"),
                fk("couponredemption", "user_id", "auth_user")));

    var plan = PlanBuilder.build(s, ErasureRules.none(), NOW);

    assertThat(plan.steps()).noneMatch(st -> st.edge().equals("couponredemption.coupon_id"));
    assertThat(step(plan, "shoppingcart_coupon.created_by_id").action())
        .isEqualTo(PlanAction.REASSIGN);
  }

  @Test
  void givenReassignRuleOnATextColumn_build_reportsItCannotWork() {
    var s = schema(List.of(USER, "log:id int!,username varchar!"), List.of());

    var plan =
        PlanBuilder.build(
            s, ErasureRules.parse("log.username reassign ref=auth_user.username", "r"), NOW);

    assertThat(plan.unpolicedColumns())
        .singleElement()
        .asString()
        .contains("reassign needs one column holding auth_user.id");
  }
}

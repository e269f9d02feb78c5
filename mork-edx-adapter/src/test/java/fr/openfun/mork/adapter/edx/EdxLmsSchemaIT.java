package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.PlanAction;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Open edX LMS schema (Dogwood dump): users seeded in every table referencing auth_user
 * and in their children are erased completely, while other users' rows stay. Fails when {@code
 * CI=true} and the dump is missing; elsewhere it is skipped with a message.
 */
class EdxLmsSchemaIT {
  private static TestMariaDb db;
  private static EdxDatabase database;
  private static JooqErasurePlanner planner;
  private static DeletionPlan plan;

  @BeforeAll
  static void load() {
    Path file = LmsSchemaFile.fromEnvironment().require();
    db = TestMariaDb.create("mork_edx_lms").load(file.toString());
    db.execute(users());
    database = new EdxDatabase(db.settings());
    planner = new JooqErasurePlanner(database, ErasureRules.defaults(), EdxLikeFixture.CLOCK);
    plan = planner.plan();
  }

  private static String users() {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO auth_user (id, password, last_login,"
                + " is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) VALUES ");
    String[] names = {"victim", "other", "staffer"};
    for (int i = 0; i < names.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(")
          .append(i + 1)
          .append(", 'x', '2015-01-01', 0, '")
          .append(names[i])
          .append("', 'F', 'L', '")
          .append(names[i])
          .append("@example.org', 0, 1, '2014-01-01')");
    }
    return sql.toString();
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void givenDogwoodSchema_plan_coversEveryTableReferencingAuthUser() {
    long direct =
        db.count(
            "SELECT count(DISTINCT table_name) FROM information_schema.key_column_usage"
                + " WHERE table_schema = database() AND referenced_table_name = 'auth_user'");

    long planned =
        plan.steps().stream()
            .filter(s -> s.parentTable().equals("auth_user") && s.foreignKey())
            .map(s -> s.table())
            .distinct()
            .count();

    assertThat(planned).isEqualTo(direct).isEqualTo(112);
  }

  @Test
  void givenDogwoodSchema_plan_neverDeletesARowThroughAnActorColumn() {
    var actorDeletes =
        plan.steps().stream()
            .filter(s -> s.parentTable().equals("auth_user") && Ownership.actor(s.column()))
            .filter(s -> s.action() == PlanAction.DELETE)
            .map(s -> s.edge())
            .toList();

    assertThat(actorDeletes).isEmpty();
    assertThat(plan.steps())
        .filteredOn(s -> s.action() == PlanAction.REASSIGN)
        .extracting(s -> s.edge())
        .contains(
            "student_userstanding.changed_by_id",
            "certificates_certificateinvalidation.invalidated_by_id",
            "shoppingcart_coupon.created_by_id",
            "shoppingcart_courseregistrationcode.created_by_id");
  }

  @Test
  void givenCourseStaffWhoActedOnOthers_erase_keepsTheirRecordsAndLeavesNothingOfTheStaff()
      throws Exception {
    var scenario = ActorScenario.seed(db, plan, "one", 700_000);

    var outcome =
        new JooqEdxAccountEraser(database, planner).erase(EdxLikeFixture.request(scenario.staff));

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
    scenario.assertOtherPeoplesRecordsKept(db);
    assertThat(ActorScenario.referencesTo(db, plan, scenario.staff)).isEmpty();
  }

  @Test
  void givenBatchMixingCourseStaffAndOrdinaryUsers_eraseBatch_keepsOthersRecords()
      throws Exception {
    var scenario = ActorScenario.seed(db, plan, "batch", 800_000);

    BatchErasure batch =
        new JooqEdxAccountEraser(database, planner)
            .eraseBatch(
                List.of(
                    EdxLikeFixture.request(scenario.staff),
                    EdxLikeFixture.request(scenario.ordinary)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values()).allMatch(ErasureOutcome.Erased.class::isInstance);
    scenario.assertOtherPeoplesRecordsKept(db);
    assertThat(ActorScenario.referencesTo(db, plan, scenario.staff)).isEmpty();
    assertThat(ActorScenario.referencesTo(db, plan, scenario.ordinary)).isEmpty();
  }

  @Test
  void givenDogwoodSchema_shippedRules_policeEveryUserColumn() {
    var unpoliced = plan.unpolicedColumns();

    assertThat(unpoliced).isEmpty();
  }

  @Test
  void givenSeededUsers_erase_leavesNothingOfTheVictimAndKeepsTheOthers() throws Exception {
    UserRowsSeeder.Owner victim;
    UserRowsSeeder.Owner other;
    UserRowsSeeder.Owner staffer;
    try (Connection c = db.connect()) {
      UserRowsSeeder seeder = new UserRowsSeeder(c, plan);
      staffer = seeder.owner(EdxLikeFixture.PROTECTED, true, null).seedAll();
      victim = seeder.owner(EdxLikeFixture.VICTIM, false, staffer).seedAll();
      other = seeder.owner(EdxLikeFixture.OTHER, false, staffer).seedAll();
    }
    var eraser = new JooqEdxAccountEraser(database, planner);

    var outcome = eraser.erase(EdxLikeFixture.request(EdxLikeFixture.VICTIM));
    var refused = eraser.erase(EdxLikeFixture.request(EdxLikeFixture.PROTECTED));

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
    assertThat(victim.rows.keySet()).hasSizeGreaterThan(120);
    assertThat(References.remaining(db, plan, victim)).isEmpty();
    assertThat(References.missingRows(db, other)).isEmpty();
    assertThat(refused).isInstanceOf(ErasureOutcome.Protected.class);
    assertThat(References.missingRows(db, staffer)).isEmpty();
    assertThat(plan.steps()).anyMatch(s -> s.action() == PlanAction.SET_NULL);
  }

  @Test
  void givenSeededUsers_eraseBatch_leavesNothingOfThemAndKeepsABystander() throws Exception {
    db.execute(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined) VALUES"
            + " (9004, 'x', '2015-01-01', 0, 'batch4', 'F', 'L', 'batch4@example.org', 0, 1,"
            + " '2014-01-01'),"
            + " (9005, 'x', '2015-01-01', 0, 'batch5', 'F', 'L', 'batch5@example.org', 0, 1,"
            + " '2014-01-01'),"
            + " (9006, 'x', '2015-01-01', 0, 'batch6', 'F', 'L', 'batch6@example.org', 0, 1,"
            + " '2014-01-01')");
    UserRowsSeeder.Owner first;
    UserRowsSeeder.Owner second;
    UserRowsSeeder.Owner bystander;
    try (Connection c = db.connect()) {
      UserRowsSeeder seeder = new UserRowsSeeder(c, plan).startingAt(500_000);
      bystander = seeder.owner(9006, true, null).seedAll();
      first = seeder.owner(9004, false, bystander).seedAll();
      second = seeder.owner(9005, false, bystander).seedAll();
    }
    var eraser = new JooqEdxAccountEraser(database, planner);

    BatchErasure batch =
        eraser.eraseBatch(List.of(EdxLikeFixture.request(9004), EdxLikeFixture.request(9005)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values()).allMatch(ErasureOutcome.Erased.class::isInstance);
    assertThat(References.remaining(db, plan, first)).isEmpty();
    assertThat(References.remaining(db, plan, second)).isEmpty();
    assertThat(References.missingRows(db, bystander)).isEmpty();
  }
}

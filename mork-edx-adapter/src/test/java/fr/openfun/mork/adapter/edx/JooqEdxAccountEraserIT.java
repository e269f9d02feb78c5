package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.EdxLikeFixture.OTHER;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.PROTECTED;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.RECENT;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.VICTIM;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.ServiceName;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqEdxAccountEraserIT {
  private EdxLikeFixture fixture;
  private DeletionPlan plan;
  private JooqEdxAccountEraser eraser;
  private UserRowsSeeder.Owner victim;
  private UserRowsSeeder.Owner other;
  private UserRowsSeeder.Owner bystander;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new EdxLikeFixture("mork_edx_erase");
    JooqErasurePlanner planner = fixture.planner();
    plan = planner.plan();
    eraser = new JooqEdxAccountEraser(fixture.database, planner);
    try (Connection c = fixture.db.connect()) {
      UserRowsSeeder seeder = new UserRowsSeeder(c, plan);
      bystander = seeder.owner(PROTECTED, true, null).seedAll();
      victim = seeder.owner(VICTIM, false, bystander).seedAll();
      other = seeder.owner(OTHER, false, bystander).seedAll();
    }
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void givenSeededUser_erase_leavesNoRowReferencingThem() {
    var outcome = eraser.erase(request(VICTIM));

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
    assertThat(fixture.db.count("SELECT count(*) FROM auth_user WHERE id = " + VICTIM)).isZero();
  }

  @Test
  void givenRowBehindACompositeForeignKey_erase_deletesIt() {
    Object note = victim.rows.get("student_enrollmentnote").get("id");

    eraser.erase(request(VICTIM));

    assertThat(fixture.db.count("SELECT count(*) FROM student_enrollmentnote WHERE id = " + note))
        .isZero();
    assertThat(fixture.db.count("SELECT count(*) FROM student_enrollmentnote")).isEqualTo(2);
  }

  @Test
  void givenSeededUsers_erase_keepsOtherUsersRows() {
    eraser.erase(request(VICTIM));

    var missing = References.missingRows(fixture.db, other);

    assertThat(missing).isEmpty();
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
  }

  @Test
  void givenUserWithProtectedRows_erase_isProtectedAndTouchesNothing() {
    var outcome = eraser.erase(request(PROTECTED));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Protected.class,
            p -> assertThat(p.tables()).contains("authtoken_token", "wiki_article"));
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
  }

  @Test
  void givenUnknownUser_erase_isNotFound() {
    var outcome = eraser.erase(request(999_999));

    assertThat(outcome).isEqualTo(new ErasureOutcome.NotFound());
  }

  @Test
  void givenLoginSinceSelection_erase_sparesTheUser() {
    ErasureRequest r = request(VICTIM);
    var guarded =
        new ErasureRequest(
            r.ledgerId(),
            VICTIM,
            r.username(),
            r.email(),
            r.reason(),
            r.requestedAt(),
            Optional.of(Instant.parse("2015-03-01T10:00:00Z")));

    var outcome = eraser.erase(guarded);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Spared.class);
    assertThat(References.missingRows(fixture.db, victim)).isEmpty();
  }

  @Test
  void givenNoLoginSinceSelection_erase_erases() {
    ErasureRequest r = request(VICTIM);
    var guarded =
        new ErasureRequest(
            r.ledgerId(),
            VICTIM,
            r.username(),
            r.email(),
            r.reason(),
            r.requestedAt(),
            Optional.of(Instant.parse("2015-03-01T10:00:01Z")));

    var outcome = eraser.erase(guarded);

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
  }

  @Test
  void givenSeededUser_preview_countsExactlyWhatEraseTouchesAndChangesNothing() {
    var preview = eraser.preview(request(VICTIM));
    assertThat(References.missingRows(fixture.db, victim)).isEmpty();

    var erased = eraser.erase(request(VICTIM));

    assertThat(preview).isInstanceOf(ErasureOutcome.Erased.class).isEqualTo(erased);
  }

  @Test
  void givenForumReplyToTheUser_erase_keepsTheReplyAndAnonymizesTheUsersPosts() {
    long thread = ((Number) victim.rows.get("forum_thread").get("id")).longValue();
    fixture.db.execute(
        "INSERT INTO forum_comment (id, thread_id, parent_id, body, author_id)"
            + " VALUES (900001, "
            + thread
            + ", NULL, 'secret', "
            + VICTIM
            + "),"
            + " (900002, "
            + thread
            + ", 900001, 'a reply', "
            + OTHER
            + ")");

    eraser.erase(request(VICTIM));

    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM forum_comment WHERE id = 900002"
                    + " AND parent_id = 900001 AND body = 'a reply' AND author_id = "
                    + OTHER))
        .isOne();
    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM forum_comment WHERE id = 900001"
                    + " AND body = '' AND author_id IS NULL"))
        .isOne();
    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM forum_thread WHERE id = "
                    + thread
                    + " AND title = '[deleted]' AND author_id IS NULL"))
        .isOne();
  }

  @Test
  void givenUserAuditedOthersRows_erase_setsTheAuditColumnNullAndKeepsTheRows() {
    fixture.db.execute(
        "INSERT INTO embargo_ipfilter (id, enabled, changed_by_id) VALUES (900003, true, "
            + VICTIM
            + ")");

    eraser.erase(request(VICTIM));

    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM embargo_ipfilter WHERE id = 900003 AND changed_by_id IS NULL"))
        .isOne();
  }

  @Test
  void givenBatchOfUsers_eraseBatch_erasesErasableOnesAndReportsTheOthers() {
    var requests = List.of(request(VICTIM), request(PROTECTED), request(OTHER), request(424_242));

    BatchErasure batch = eraser.eraseBatch(requests);

    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values())
        .map(o -> o.getClass().getSimpleName())
        .containsExactly("Erased", "Protected", "Erased", "NotFound");
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
    assertThat(References.remaining(fixture.db, plan, other)).isEmpty();
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
  }

  @Test
  void givenTableWithRowsOnlyForAnotherUserInsideTheBatchIdRange_eraseBatch_keepsThatUsersRows() {
    fixture.db.execute("DELETE FROM auth_userprofile WHERE user_id = " + VICTIM);

    BatchErasure batch = eraser.eraseBatch(List.of(request(VICTIM), request(RECENT)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
    assertThat(References.missingRows(fixture.db, other)).isEmpty();
  }

  @Test
  void givenUsersInAnyOrder_eraseAll_answersEachUsersOutcomeInTheRequestOrder() {
    var requests = List.of(request(424_242), request(PROTECTED), request(VICTIM));

    List<ErasureOutcome> outcomes = eraser.eraseAll(requests);

    assertThat(outcomes)
        .map(o -> o.getClass().getSimpleName())
        .containsExactly("NotFound", "Protected", "Erased");
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
  }

  @Test
  void givenATransactionOverItsBudget_eraseAll_erasesTheNextUsersInTransactionsOfOne() {
    BatchSizer sizer = new BatchSizer(Duration.ofNanos(1));
    var shrinking =
        new JooqEdxAccountEraser(
            fixture.database,
            fixture.planner(),
            RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME),
            sizer);

    List<ErasureOutcome> first = shrinking.eraseAll(List.of(request(VICTIM), request(OTHER)));
    int shrunk = sizer.next(100);
    List<ErasureOutcome> then = shrinking.eraseAll(List.of(request(RECENT), request(PROTECTED)));

    assertThat(shrunk).isOne();
    assertThat(first).allMatch(ErasureOutcome.Erased.class::isInstance);
    assertThat(then).map(o -> o.getClass().getSimpleName()).containsExactly("Erased", "Protected");
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
    assertThat(References.remaining(fixture.db, plan, other)).isEmpty();
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
  }

  @Test
  void givenBatchWithAnUnerasableUser_eraseBatch_fallsBackToOneByOne() {
    fixture.db.execute(
        "CREATE TABLE zz_unplanned (id INT PRIMARY KEY, user_id INT NOT NULL,"
            + " CONSTRAINT fk_zz_user FOREIGN KEY (user_id) REFERENCES auth_user (id))");
    fixture.db.execute("INSERT INTO zz_unplanned VALUES (1, " + OTHER + ")");

    BatchErasure batch = eraser.eraseBatch(List.of(request(VICTIM), request(OTHER)));

    assertThat(batch.fellBack()).isTrue();
    assertThat(batch.outcomes().values()).first().isInstanceOf(ErasureOutcome.Erased.class);
    assertThat(batch.outcomes().values())
        .last()
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            f -> assertThat(f.kind()).isEqualTo(FailureKind.PERMANENT));
    assertThat(References.missingRows(fixture.db, other)).isEmpty();
  }

  @Test
  void givenConnectionKilledMidTransaction_erase_rollsBackAndFailsTransiently() throws Exception {
    var outcome = ConnectionKiller.eraseWhileKilling(fixture, eraser, request(VICTIM));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            f -> assertThat(f.kind()).isEqualTo(FailureKind.TRANSIENT));
    assertThat(References.missingRows(fixture.db, victim)).isEmpty();
  }

  @Test
  void givenEraser_service_isEdx() {
    var name = eraser.service();

    assertThat(name).isEqualTo(ServiceName.EDX);
  }

  @Test
  void givenPlan_everyDeleteStepOfTheVictimRemovedARow() {
    var outcome = (ErasureOutcome.Erased) eraser.erase(request(VICTIM));

    var deletedTables =
        plan.steps().stream()
            .filter(s -> s.action() == PlanAction.DELETE)
            .map(s -> s.table())
            .distinct()
            .toList();

    assertThat(outcome.counts().keySet())
        .containsAll(deletedTables.stream().filter(t -> victim.rows.containsKey(t)).toList());
    assertThat(outcome.counts()).containsEntry("auth_user", 1L);
    assertThat(outcome.counts()).isNotEqualTo(Map.of());
  }
}

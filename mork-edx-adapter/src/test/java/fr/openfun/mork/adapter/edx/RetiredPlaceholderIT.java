package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureOutcome;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retired placeholder: created by the first real erasure that needs it, inactive with an
 * unusable password, and never selected, warned (the warning scan is {@code findInactive}) nor
 * erased, however old it grows.
 */
class RetiredPlaceholderIT {
  private static final Instant CUTOFF = Instant.parse("2021-01-01T00:00:00Z");
  private EdxLikeFixture fixture;
  private ActorScenario scenario;

  @BeforeEach
  void seed() throws Exception {
    fixture = new EdxLikeFixture("mork_retired");
    scenario = ActorScenario.seed(fixture.db, fixture.planner().plan(), "r", 900_000);
  }

  @AfterEach
  void drop() {
    fixture.close();
  }

  private JooqEdxAccountEraser eraser(RetiredPlaceholder retired) {
    return new JooqEdxAccountEraser(fixture.database, fixture.planner(), retired);
  }

  private long createdOldPlaceholder() {
    eraser(RetiredPlaceholder.named("retired_user")).erase(EdxLikeFixture.request(scenario.staff));
    long id = ActorScenario.placeholder(fixture.db);
    fixture.db.execute("UPDATE auth_user SET date_joined = '2000-01-01' WHERE id = " + id);
    return id;
  }

  @Test
  void givenFirstErasure_erase_createsAnInactivePlaceholderWithAnUnusablePassword() {
    long id = createdOldPlaceholder();

    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM auth_user WHERE is_active = 0 AND is_staff = 0"
                    + " AND is_superuser = 0 AND password LIKE '!%' AND last_login IS NULL"
                    + " AND id = "
                    + id))
        .isOne();
  }

  @Test
  void givenAnOldPlaceholder_directory_neverSelectsNorFindsIt() {
    long id = createdOldPlaceholder();
    var directory =
        new JooqEdxUserDirectory(
            fixture.database, ActivityProbes.none(), RetiredPlaceholder.named("retired_user"));

    var inactive = directory.findInactive(CUTOFF, 0, 100);

    assertThat(inactive).extracting(EdxUser::id).isNotEmpty().doesNotContain(id);
    assertThat(directory.countInactive(CUTOFF)).isEqualTo(inactive.size());
    assertThat(directory.findByEmail("retired_user@retired.invalid")).isEmpty();
    assertThat(directory.findById(id)).isEmpty();
  }

  @Test
  void givenThePlaceholder_eraseAndPreview_refuseAsProtected() {
    long id = createdOldPlaceholder();
    var eraser = eraser(RetiredPlaceholder.named("retired_user"));

    var erased = eraser.erase(EdxLikeFixture.request(id));
    var previewed = eraser.preview(EdxLikeFixture.request(id));

    assertThat(erased).isInstanceOf(ErasureOutcome.Protected.class);
    assertThat(previewed).isInstanceOf(ErasureOutcome.Protected.class);
    assertThat(fixture.db.count("SELECT count(*) FROM auth_user WHERE id = " + id)).isOne();
  }

  @Test
  void givenUsernameOfARealAccount_erase_failsAndReassignsNothingToThatPerson() {
    var eraser = eraser(RetiredPlaceholder.named("victim"));

    var outcome = eraser.erase(EdxLikeFixture.request(scenario.staff));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            f -> assertThat(f.reason()).contains("MORK_EDX_RETIRED_USERNAME"));
    assertThat(fixture.db.count("SELECT count(*) FROM auth_user WHERE id = " + scenario.staff))
        .isOne();
  }

  @Test
  void givenOperatorChosenPlaceholderId_erase_reassignsToThatAccount() {
    var eraser = eraser(RetiredPlaceholder.withId(EdxLikeFixture.PROTECTED));

    eraser.erase(EdxLikeFixture.request(scenario.staff));

    assertThat(
            fixture.db.count(
                "SELECT count(*) FROM student_userstanding WHERE changed_by_id = "
                    + EdxLikeFixture.PROTECTED))
        .isOne();
    assertThat(ActorScenario.placeholder(fixture.db)).isZero();
  }

  @Test
  void givenMissingOperatorChosenId_erase_failsNamingTheVariable() {
    var eraser = eraser(RetiredPlaceholder.withId(999_999));

    var outcome = eraser.erase(EdxLikeFixture.request(scenario.staff));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ErasureOutcome.Failed.class,
            f -> assertThat(f.reason()).contains("MORK_EDX_RETIRED_USER_ID=999999"));
  }
}

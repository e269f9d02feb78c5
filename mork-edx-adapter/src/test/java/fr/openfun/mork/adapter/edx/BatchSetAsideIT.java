package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.EdxLikeFixture.OTHER;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.PROTECTED;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.VICTIM;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch reads the keys of the tables hanging from {@code auth_user} in its protection query, for
 * every user it locked; a user then set aside (spared or protected) keeps every row, and the others
 * lose every row, in one transaction.
 */
class BatchSetAsideIT {
  private EdxLikeFixture fixture;
  private DeletionPlan plan;
  private JooqEdxAccountEraser eraser;
  private UserRowsSeeder.Owner victim;
  private UserRowsSeeder.Owner other;
  private UserRowsSeeder.Owner bystander;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new EdxLikeFixture("mork_edx_aside");
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
  void givenAUserWhoLoggedInSinceSelection_eraseBatch_keepsAllTheirRowsAndErasesTheOthers() {
    var spared = request(VICTIM, Optional.of(Instant.parse("2015-03-01T10:00:00Z")));

    BatchErasure batch = eraser.eraseBatch(List.of(spared, request(OTHER)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values())
        .map(o -> o.getClass().getSimpleName())
        .containsExactly("Spared", "Erased");
    assertThat(References.missingRows(fixture.db, victim)).isEmpty();
    assertThat(References.remaining(fixture.db, plan, other)).isEmpty();
  }

  @Test
  void givenAProtectedUserFirst_eraseBatch_keepsAllTheirRowsAndErasesTheOthers() {
    BatchErasure batch = eraser.eraseBatch(List.of(request(PROTECTED), request(VICTIM)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(batch.outcomes().values())
        .map(o -> o.getClass().getSimpleName())
        .containsExactly("Protected", "Erased");
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
  }

  @Test
  void givenOnlyErasableUsers_eraseBatch_erasesEveryRowOfEach() {
    BatchErasure batch = eraser.eraseBatch(List.of(request(VICTIM), request(OTHER)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(References.remaining(fixture.db, plan, victim)).isEmpty();
    assertThat(References.remaining(fixture.db, plan, other)).isEmpty();
    assertThat(References.missingRows(fixture.db, bystander)).isEmpty();
  }
}

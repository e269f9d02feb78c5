package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.PlanAction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same adapter on H2 in MySQL mode, as the app's embedded demo runs it. */
class EdxOnH2IT {
  private String url;
  private Connection keepAlive;
  private EdxDatabase database;

  @BeforeEach
  void setUp() throws Exception {
    url =
        "jdbc:h2:mem:edx_"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    keepAlive = DriverManager.getConnection(url, "sa", "");
    try (Statement s = keepAlive.createStatement()) {
      for (String sql : TestMariaDb.read("edx/edx-like-schema.sql").split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
      s.execute(
          "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
              + " last_name, email, is_staff, is_active, date_joined) VALUES"
              + " (1, 'x', '2015-01-01 00:00:00', false, 'victim', 'F', 'L', 'Victim@Example.org', false, true, '2014-01-01 00:00:00'),"
              + " (2, 'x', NULL, false, 'other', 'F', 'L', 'other@example.org', false, true, '2025-01-01 00:00:00')");
      s.execute(
          "INSERT INTO student_courseenrollment (id, course_id, user_id) VALUES (10, 'c', 1), (11, 'c', 2)");
      s.execute(
          "INSERT INTO student_courseenrollmentattribute (id, name, enrollment_id) VALUES (20, 'a', 10)");
      s.execute(
          "INSERT INTO student_courseenrollmentallowed (id, email, course_id) VALUES (30, 'Victim@Example.org', 'c')");
      s.execute("INSERT INTO embargo_ipfilter (id, enabled, changed_by_id) VALUES (40, true, 1)");
    }
    database = new EdxDatabase(EdxDatabaseSettings.of(url, "sa", "", EdxDialect.H2));
  }

  @AfterEach
  void tearDown() throws Exception {
    database.close();
    keepAlive.close();
  }

  private long count(String sql) throws Exception {
    try (Statement s = keepAlive.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void givenH2InMySqlMode_planner_readsTheSameGraphAsOnMariaDb() {
    var plan =
        new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK).plan();

    assertThat(plan.unpolicedColumns()).isEmpty();
    assertThat(plan.steps()).anyMatch(s -> s.edge().equals("submissions_scoresummary.highest_id"));
    assertThat(plan.steps())
        .anyMatch(
            s ->
                s.edge().equals("wiki_revisionplugin.current_revision_id")
                    && s.action() == PlanAction.SET_NULL);
  }

  @Test
  void givenH2_erase_removesTheUserAndTheirRows() throws Exception {
    var planner = new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK);
    var eraser = new JooqEdxAccountEraser(database, planner);

    var outcome = eraser.erase(EdxLikeFixture.request(1));

    assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
    assertThat(count("SELECT count(*) FROM student_courseenrollment WHERE user_id = 1")).isZero();
    assertThat(count("SELECT count(*) FROM student_courseenrollmentattribute")).isZero();
    assertThat(count("SELECT count(*) FROM student_courseenrollmentallowed")).isZero();
    assertThat(count("SELECT count(*) FROM embargo_ipfilter WHERE changed_by_id IS NULL")).isOne();
    assertThat(count("SELECT count(*) FROM student_courseenrollment WHERE user_id = 2")).isOne();
  }

  @Test
  void givenH2_eraseBatch_removesTheUsersAndTheirRowsWithoutFallingBack() throws Exception {
    var planner = new JooqErasurePlanner(database, EdxLikeFixture.rules(), EdxLikeFixture.CLOCK);
    var eraser = new JooqEdxAccountEraser(database, planner);

    var batch = eraser.eraseBatch(List.of(EdxLikeFixture.request(1), EdxLikeFixture.request(2)));

    assertThat(batch.fellBack()).isFalse();
    assertThat(count("SELECT count(*) FROM auth_user WHERE username <> 'retired_user'")).isZero();
    assertThat(count("SELECT count(*) FROM student_courseenrollment")).isZero();
    assertThat(count("SELECT count(*) FROM student_courseenrollmentallowed")).isZero();
    assertThat(count("SELECT count(*) FROM embargo_ipfilter WHERE changed_by_id IS NULL")).isOne();
  }

  @Test
  void givenH2_findInactiveAndFindByEmail_work() {
    var directory = new JooqEdxUserDirectory(database);

    var inactive = directory.findInactive(Instant.parse("2020-01-01T00:00:00Z"), 0, 10);

    assertThat(inactive).map(EdxUser::id).containsExactly(1L);
    assertThat(directory.findByEmail("victim@example.ORG")).map(EdxUser::id).contains(1L);
  }
}

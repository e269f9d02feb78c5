package fr.openfun.mork.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo seed on an in-memory H2 database in MySQL mode, as the embedded default runs it. */
class DemoEdxDatabaseTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final DemoEdxDatabase demo = new DemoEdxDatabase(Clock.fixed(NOW, ZoneOffset.UTC));
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void givenAnEmptyDatabase_createIfAbsent_seedsAFewHundredUsers() throws SQLException {
    boolean seeded = demo.createIfAbsent(connection);

    assertThat(seeded).isTrue();
    assertThat(count("SELECT COUNT(*) FROM auth_user")).isBetween(200L, 500L);
  }

  @Test
  void givenASeededDatabase_createIfAbsent_leavesItAlone() throws SQLException {
    demo.createIfAbsent(connection);

    boolean seededAgain = demo.createIfAbsent(connection);

    assertThat(seededAgain).isFalse();
    assertThat(count("SELECT COUNT(*) FROM auth_user")).isEqualTo(297L);
  }

  @Test
  void givenTheClock_create_makesUsersInactiveForYearsAndOthersRecent() throws SQLException {
    demo.create(connection);

    long inactive = count("SELECT COUNT(*) FROM auth_user WHERE last_login < '2021-03-01'");
    long never = count("SELECT COUNT(*) FROM auth_user WHERE last_login IS NULL");
    long recent = count("SELECT COUNT(*) FROM auth_user WHERE last_login > '2025-01-01'");
    assertThat(inactive).isGreaterThanOrEqualTo(100);
    assertThat(never).isEqualTo(DemoUsers.NEVER_LOGGED_IN);
    assertThat(recent).isGreaterThanOrEqualTo(DemoUsers.RECENT);
  }

  @Test
  void givenTheSeed_create_hasStaffAndASuperuser() throws SQLException {
    demo.create(connection);

    long staff = count("SELECT COUNT(*) FROM auth_user WHERE is_staff = 1");
    long superusers = count("SELECT COUNT(*) FROM auth_user WHERE is_superuser = 1");
    assertThat(staff).isEqualTo(DemoUsers.STAFF);
    assertThat(superusers).isEqualTo(1);
  }

  @Test
  void givenTheSeed_create_makesAnInactiveWikiAuthorWithACurrentRevision() throws SQLException {
    demo.create(connection);

    long authors =
        count(
            "SELECT COUNT(*) FROM wiki_article a JOIN auth_user u ON u.id = a.owner_id"
                + " WHERE a.current_revision_id = 2 AND u.last_login < '2021-01-01'");
    assertThat(authors).isEqualTo(1);
  }

  @Test
  void givenTheSeed_create_answersTheForumAuthorWithRepliesFromOthers() throws SQLException {
    demo.create(connection);

    long repliesByOthers =
        count(
            "SELECT COUNT(*) FROM forum_comment c"
                + " JOIN forum_thread t ON t.id = c.thread_id"
                + " WHERE c.author_id <> t.author_id");
    long nestedReplies = count("SELECT COUNT(*) FROM forum_comment WHERE parent_id IS NOT NULL");
    assertThat(repliesByOthers).isEqualTo(2);
    assertThat(nestedReplies).isEqualTo(2);
  }

  @Test
  void givenTheSeed_create_pointsAuditColumnsAtOtherUsers() throws SQLException {
    demo.create(connection);

    long audited =
        count("SELECT COUNT(*) FROM student_userstanding WHERE changed_by_id <> user_id");
    assertThat(audited).isPositive();
  }

  @Test
  void givenTheSchema_create_declaresTheForeignKeysTheAdapterIntrospects() throws SQLException {
    demo.create(connection);

    long foreignKeys =
        count(
            "SELECT COUNT(*) FROM information_schema.referential_constraints"
                + " WHERE constraint_name LIKE '%_fk'");
    assertThat(foreignKeys).isEqualTo(18);
  }

  @Test
  void givenTheSameClock_create_drawsTheSameUsers() throws SQLException {
    demo.create(connection);
    String first = emails();
    try (Connection other =
        DriverManager.getConnection("jdbc:h2:mem:demo-" + UUID.randomUUID() + ";MODE=MySQL")) {
      new DemoEdxDatabase(Clock.fixed(NOW, ZoneOffset.UTC)).create(other);
      connection.close();
      connection = other;

      String second = emails();

      assertThat(second).isEqualTo(first);
    }
  }

  private String emails() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT GROUP_CONCAT(email ORDER BY id) FROM auth_user")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

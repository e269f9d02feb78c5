package fr.openfun.mork.app;

import fr.openfun.mork.app.demo.DemoEdxDatabase;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edX database of the wrongful-deletion tests: the demo's 297 users (none of them warned, so
 * none deletable) plus people who must never be touched, one of each kind the issue lists, and
 * genuinely inactive users who must be erased. Every person has rows in several tables, and course
 * staff hold {@code student_courseaccessrole} rows (edX course staff are not {@code is_staff}).
 *
 * <p>Course staff who logged in recently survive like any active user. An inactive course staff
 * member is erased, by design: his records about other people are kept (docs/edx-erasure.md,
 * "Ownership"). No erased person's row is linked to a protected person's, so every protected
 * person's rows stay byte-identical.
 */
final class Population {
  static final String EXCLUDED_USERNAME = "keep_me_username";
  static final String EXCLUDED_EMAIL = "Keep.Me.Email@Example.ORG";
  static final long EXCLUDED_ID = 1007;
  static final long WIKI_AUTHOR = 1008;
  static final long RACER = 1013;

  /** Why each explicitly protected person must survive, by edX id. */
  static final Map<Long, String> PROTECTED = new LinkedHashMap<>();

  /** Genuinely inactive users, warned long enough ago: erased by real runs. */
  static final List<Long> INACTIVE = List.of(1101L, 1102L, 1103L, 1104L, 1105L, 1106L);

  static {
    PROTECTED.put(1001L, "active: logged in 10 days ago");
    PROTECTED.put(1002L, "logged in 20 days ago, after being warned 40 days ago");
    PROTECTED.put(1003L, "staff (is_staff), inactive and warned");
    PROTECTED.put(1004L, "superuser, inactive and warned");
    PROTECTED.put(1005L, "excluded username, inactive and warned");
    PROTECTED.put(1006L, "excluded email (configured in another case), inactive and warned");
    PROTECTED.put(EXCLUDED_ID, "excluded edX id, inactive and warned");
    PROTECTED.put(1008L, "protected: owns a wiki article, inactive and warned");
    PROTECTED.put(1009L, "inactive, warned 10 days ago: grace period not over");
    PROTECTED.put(1010L, "course staff with roles, logged in 30 days ago");
    PROTECTED.put(1011L, "inactive 5 days short of the deletion period, warned");
    PROTECTED.put(1012L, "joined 200 days ago, never logged in");
  }

  private final Instant now;

  Population(Clock clock) {
    this.now = clock.instant();
  }

  /** The environment that configures the exclusions. */
  static Map<String, String> exclusions() {
    return Map.of(
        "MORK_EXCLUDED_USERNAMES", EXCLUDED_USERNAME,
        "MORK_EXCLUDED_EMAILS", EXCLUDED_EMAIL.toUpperCase(java.util.Locale.ROOT),
        "MORK_EXCLUDED_EDX_USER_IDS", String.valueOf(EXCLUDED_ID));
  }

  /** Every person who must survive: the demo's users, the explicit ones and the racer. */
  static List<Long> everyProtected() {
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 297; id++) {
      ids.add(id);
    }
    ids.addAll(PROTECTED.keySet());
    return List.copyOf(ids);
  }

  void create(E2eServers servers) throws SQLException {
    try (Connection edx = servers.edx();
        Statement s = edx.createStatement()) {
      new DemoEdxDatabase(Clock.fixed(now, ZoneOffset.UTC)).create(edx);
      s.execute(
          "CREATE TABLE student_courseaccessrole (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
              + " org VARCHAR(64) NOT NULL, course_id VARCHAR(255) NOT NULL,"
              + " role VARCHAR(64) NOT NULL, user_id INT NOT NULL,"
              + " CONSTRAINT student_courseaccessrole_user_id_fk FOREIGN KEY (user_id)"
              + " REFERENCES auth_user (id))");
      Instant sixYears = years(6);
      user(edx, 1001, "active_learner", ago(10), false, false);
      user(edx, 1002, "came_back", ago(20), false, false);
      user(edx, 1003, "platform_staff", sixYears, true, false);
      user(edx, 1004, "platform_admin", sixYears, false, true);
      user(edx, 1005, EXCLUDED_USERNAME, sixYears, false, false);
      user(edx, 1006, "excluded_by_email", sixYears, false, false, EXCLUDED_EMAIL);
      user(edx, EXCLUDED_ID, "excluded_by_id", sixYears, false, false);
      user(edx, 1008, "wiki_writer", sixYears, false, false);
      user(edx, 1009, "warned_lately", sixYears, false, false);
      user(edx, 1010, "course_teacher", ago(30), false, false);
      user(edx, 1011, "almost_gone", years(5).plus(Duration.ofDays(5)), false, false);
      user(edx, 1012, "newcomer", null, false, false);
      user(edx, RACER, "late_racer", sixYears, false, false);
      for (long id : INACTIVE) {
        user(edx, id, "gone_" + id, id == 1105 ? null : sixYears, false, false);
      }
      s.execute(
          "INSERT INTO wiki_article (id, created, modified, group_read, other_read, owner_id)"
              + " VALUES (2, '2019-01-01', '2019-01-01', 1, 1, 1008)");
      role(edx, 1010, "course-v1:FUN+Python101+2019", "instructor");
      role(edx, 1010, "course-v1:FUN+Climat+2020", "staff");
      role(edx, 1106, "course-v1:FUN+Droit+2021", "staff");
      s.execute(
          "INSERT INTO student_userstanding (account_status, standing_last_changed_at,"
              + " changed_by_id, user_id) VALUES ('disabled', '2025-01-01', 1010, 1001),"
              + " ('disabled', '2019-06-01', 1106, 1101)");
    }
  }

  /** Warnings as a warn run would have recorded them. */
  void warn(WarningRepository warnings) {
    Instant longAgo = now.minus(Duration.ofDays(40));
    for (long id : List.of(1002L, 1003L, 1004L, 1005L, 1006L, EXCLUDED_ID, 1008L, 1011L, RACER)) {
      warnings.record(new Warning(id, 1, longAgo));
    }
    warnings.record(new Warning(1009, 1, now.minus(Duration.ofDays(10))));
    INACTIVE.forEach(id -> warnings.record(new Warning(id, 1, longAgo)));
  }

  /** The racer logs in now: after being recorded for deletion, before being erased. */
  static void logIn(E2eServers servers, long id, Instant at) throws SQLException {
    try (Connection c = servers.edx();
        PreparedStatement s = c.prepareStatement("UPDATE auth_user SET last_login=? WHERE id=?")) {
      s.setObject(1, time(at));
      s.setLong(2, id);
      s.executeUpdate();
    }
  }

  static String email(long id) {
    return id == 1006 ? EXCLUDED_EMAIL : "person" + id + "@learners.example.net";
  }

  private void user(
      Connection c, long id, String username, Instant login, boolean staff, boolean superuser)
      throws SQLException {
    user(c, id, username, login, staff, superuser, email(id));
  }

  private void user(
      Connection c,
      long id,
      String username,
      Instant login,
      boolean staff,
      boolean superuser,
      String email)
      throws SQLException {
    exec(
        c,
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined)"
            + " VALUES (?, '!x', ?, ?, ?, 'First', 'Last', ?, ?, 1, ?)",
        id,
        login == null ? null : time(login),
        superuser,
        username,
        email,
        staff,
        time(id == 1012 ? ago(200) : years(8)));
    exec(
        c,
        "INSERT INTO auth_userprofile (name, meta, language, location, user_id)"
            + " VALUES ('First Last', '{}', 'fr', 'Lyon', ?)",
        id);
    exec(
        c,
        "INSERT INTO student_courseenrollment (id, course_id, created, is_active, mode, user_id)"
            + " VALUES (?, 'course-v1:FUN+Python101+2019', '2018-01-01', 1, 'audit', ?)",
        id,
        id);
    exec(
        c,
        "INSERT INTO student_courseenrollmentattribute (namespace, name, `value`, enrollment_id)"
            + " VALUES ('credit', 'provider_id', 'fun', ?)",
        id);
    exec(
        c,
        "INSERT INTO courseware_studentmodule (id, module_type, module_id, course_id, state,"
            + " grade, created, modified, student_id) VALUES (?, 'problem', 'block@q1',"
            + " 'course-v1:FUN+Python101+2019', '{}', 0.5, '2018-01-01', '2018-01-02', ?)",
        id,
        id);
    exec(
        c,
        "INSERT INTO courseware_studentmodulehistory (version, created, state, grade,"
            + " student_module_id) VALUES ('1', '2018-01-02', '{}', 0.5, ?)",
        id);
    exec(
        c,
        "INSERT INTO student_courseenrollmentallowed (email, course_id, auto_enroll, created)"
            + " VALUES (?, 'course-v1:FUN+Climat+2020', 1, '2018-01-01')",
        email);
  }

  private static void role(Connection c, long id, String course, String role) throws SQLException {
    exec(
        c,
        "INSERT INTO student_courseaccessrole (org, course_id, role, user_id) VALUES ('FUN',?,?,?)",
        course,
        role,
        id);
  }

  private static void exec(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private Instant ago(int days) {
    return now.minus(Duration.ofDays(days));
  }

  private Instant years(int years) {
    return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
  }

  private static LocalDateTime time(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

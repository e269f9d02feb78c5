package fr.openfun.mork.app;

import fr.openfun.mork.app.demo.DemoEdxDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * The end-to-end harness's edX population: the demo's schema and users, plus {@code n} users
 * inactive since 2018 (ids from {@link #FIRST_ID}), each with a profile, two enrollments and two
 * module states with one history row each, seeded server-side from MariaDB's sequence engine.
 */
final class BenchPopulation {
  static final long FIRST_ID = 100_001;
  static final int ROWS_PER_USER = 8;

  private BenchPopulation() {}

  static void create(Connection edx, int n, Clock clock) throws SQLException {
    new DemoEdxDatabase(clock).create(edx);
    String seq = "seq_" + FIRST_ID + "_to_" + (FIRST_ID + n - 1);
    try (Statement s = edx.createStatement()) {
      s.execute(
          "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
              + " last_name, email, is_staff, is_active, date_joined) SELECT seq, '!x',"
              + " '2018-01-01', 0, CONCAT('bench', seq), 'First', 'Last',"
              + " CONCAT('bench', seq, '@learners.example.net'), 0, 1, '2015-01-01' FROM "
              + seq);
      s.execute(
          "INSERT INTO auth_userprofile (name, meta, language, location, user_id)"
              + " SELECT 'First Last', '{}', 'fr', 'Lyon', seq FROM "
              + seq);
      s.execute(
          "INSERT INTO student_courseenrollment (id, course_id, created, is_active, mode, user_id)"
              + " SELECT 2 * seq + c, CONCAT('course-v1:FUN+C', c, '+2017'), '2017-01-01', 1,"
              + " 'audit', seq FROM "
              + seq
              + " CROSS JOIN (SELECT 0 AS c UNION ALL SELECT 1) k");
      s.execute(
          "INSERT INTO courseware_studentmodule (id, module_type, module_id, course_id, state,"
              + " grade, created, modified, student_id) SELECT 2 * seq + c, 'problem',"
              + " CONCAT('block@q', c), 'course-v1:FUN+C0+2017', '{}', 0.5, '2017-01-01',"
              + " '2017-01-02', seq FROM "
              + seq
              + " CROSS JOIN (SELECT 0 AS c UNION ALL SELECT 1) k");
      s.execute(
          "INSERT INTO courseware_studentmodulehistory (version, created, state, grade,"
              + " student_module_id) SELECT '1', '2017-01-02', '{}', 0.5, 2 * seq + c FROM "
              + seq
              + " CROSS JOIN (SELECT 0 AS c UNION ALL SELECT 1) k");
    }
  }

  /** Warnings sent 40 days ago to every seeded user, as a warn run would have recorded them. */
  static void warn(Connection store, int n) throws SQLException {
    try (Statement s = store.createStatement()) {
      s.execute(
          "INSERT INTO warnings (edx_user_id, reminder, sent_at) SELECT g, 1,"
              + " now() - interval '40 days' FROM generate_series("
              + FIRST_ID
              + ", "
              + (FIRST_ID + n - 1)
              + ") g");
    }
  }

  /** Rows of the seeded users left in edX (every table the population fills). */
  static long remaining(Connection edx, int n) throws SQLException {
    String range = " BETWEEN " + FIRST_ID + " AND " + (FIRST_ID + n - 1);
    try (Statement s = edx.createStatement();
        var rs =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM auth_user WHERE id"
                    + range
                    + ") + (SELECT COUNT(*) FROM auth_userprofile WHERE user_id"
                    + range
                    + ") + (SELECT COUNT(*) FROM student_courseenrollment WHERE user_id"
                    + range
                    + ") + (SELECT COUNT(*) FROM courseware_studentmodule WHERE student_id"
                    + range
                    + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

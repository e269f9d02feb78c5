package fr.openfun.mork.adapter.edx;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Bulk rows for the benchmark: per user a profile, two enrollments (one with an attribute), three
 * student modules with one history row each, an anonymous id with a student item and a submission,
 * and a certificate. One user in ten last logged in 2015, the others in 2025.
 */
final class BenchmarkSeeder {
  static final int ROWS_PER_USER = 14;
  private static final int CHUNK = 1000;
  private final TestMariaDb db;

  BenchmarkSeeder(TestMariaDb db) {
    this.db = db;
  }

  void seed(int from, int to) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (int start = from; start <= to; start += CHUNK) {
        int end = Math.min(to, start + CHUNK - 1);
        s.execute(
            rows(
                start,
                end,
                "auth_user (id, password, last_login, is_superuser, username,"
                    + " first_name, last_name, email, is_staff, is_active, date_joined)",
                i ->
                    "("
                        + i
                        + ",'x','"
                        + (i % 10 == 0 ? "2015-06-01" : "2025-06-01")
                        + "',0,'user"
                        + i
                        + "','F','L','user"
                        + i
                        + "@example.org',0,1,'2012-01-01')"));
        s.execute(
            rows(
                start,
                end,
                "auth_userprofile (id, name, user_id)",
                i -> "(" + i + ",'N'," + i + ")"));
        s.execute(
            rows(
                start,
                end,
                "student_courseenrollment (id, course_id, user_id)",
                i ->
                    "("
                        + (2 * i)
                        + ",'course-v1:A',"
                        + i
                        + "),("
                        + (2 * i + 1)
                        + ",'course-v1:B',"
                        + i
                        + ")"));
        s.execute(
            rows(
                start,
                end,
                "student_courseenrollmentattribute (id, name, enrollment_id)",
                i -> "(" + i + ",'a'," + (2 * i) + ")"));
        s.execute(
            rows(
                start,
                end,
                "courseware_studentmodule (id, module_id, student_id, state)",
                i ->
                    "("
                        + (3 * i)
                        + ",'m1',"
                        + i
                        + ",'{}'),("
                        + (3 * i + 1)
                        + ",'m2',"
                        + i
                        + ",'{}'),("
                        + (3 * i + 2)
                        + ",'m3',"
                        + i
                        + ",'{}')"));
        s.execute(
            rows(
                start,
                end,
                "courseware_studentmodulehistory (id, state, student_module_id)",
                i ->
                    "("
                        + (3 * i)
                        + ",'{}',"
                        + (3 * i)
                        + "),("
                        + (3 * i + 1)
                        + ",'{}',"
                        + (3 * i + 1)
                        + "),("
                        + (3 * i + 2)
                        + ",'{}',"
                        + (3 * i + 2)
                        + ")"));
        s.execute(
            rows(
                start,
                end,
                "student_anonymoususerid (id, anonymous_user_id, course_id, user_id)",
                i -> "(" + i + ",'anon" + i + "','course-v1:A'," + i + ")"));
        s.execute(
            rows(
                start,
                end,
                "submissions_studentitem (id, student_id, course_id, item_id)",
                i -> "(" + i + ",'anon" + i + "','course-v1:A','item')"));
        s.execute(
            rows(
                start,
                end,
                "submissions_submission (id, uuid, student_item_id)",
                i -> "(" + i + ",'u" + i + "'," + i + ")"));
        s.execute(
            rows(
                start,
                end,
                "certificates_generatedcertificate (id, course_id, user_id, name)",
                i -> "(" + i + ",'course-v1:A'," + i + ",'N')"));
        c.commit();
      }
    }
  }

  private static String rows(
      int from, int to, String into, java.util.function.IntFunction<String> row) {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
    for (int i = from; i <= to; i++) {
      sql.append(i == from ? "" : ",").append(row.apply(i));
    }
    return sql.toString();
  }

  /** The baseline: what a DBA would write by hand for exactly the tables seeded above. */
  static List<String> handWrittenErasure(String ids) {
    return List.of(
        "DELETE h FROM courseware_studentmodulehistory h JOIN courseware_studentmodule m"
            + " ON h.student_module_id = m.id WHERE m.student_id IN ("
            + ids
            + ")",
        "DELETE FROM courseware_studentmodule WHERE student_id IN (" + ids + ")",
        "DELETE s FROM submissions_submission s JOIN submissions_studentitem i ON s.student_item_id = i.id"
            + " JOIN student_anonymoususerid a ON i.student_id = a.anonymous_user_id WHERE a.user_id IN ("
            + ids
            + ")",
        "DELETE i FROM submissions_studentitem i JOIN student_anonymoususerid a"
            + " ON i.student_id = a.anonymous_user_id WHERE a.user_id IN ("
            + ids
            + ")",
        "DELETE FROM student_anonymoususerid WHERE user_id IN (" + ids + ")",
        "DELETE x FROM student_courseenrollmentattribute x JOIN student_courseenrollment e"
            + " ON x.enrollment_id = e.id WHERE e.user_id IN ("
            + ids
            + ")",
        "DELETE FROM student_courseenrollment WHERE user_id IN (" + ids + ")",
        "DELETE FROM auth_userprofile WHERE user_id IN (" + ids + ")",
        "DELETE FROM certificates_generatedcertificate WHERE user_id IN (" + ids + ")",
        "DELETE FROM auth_user WHERE id IN (" + ids + ")");
  }
}

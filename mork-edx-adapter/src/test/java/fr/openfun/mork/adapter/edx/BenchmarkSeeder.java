package fr.openfun.mork.adapter.edx;

import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

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

  /** Rows still present of these users, by table, looked up by the ids {@link #seed} gives. */
  static Function<List<Long>, Map<String, Long>> remaining(TestMariaDb db) {
    Map<String, LongFunction<long[]>> owned = new LinkedHashMap<>();
    owned.put("auth_userprofile", i -> new long[] {i});
    owned.put("student_courseenrollment", i -> new long[] {2 * i, 2 * i + 1});
    owned.put("student_courseenrollmentattribute", i -> new long[] {i});
    owned.put("courseware_studentmodule", i -> new long[] {3 * i, 3 * i + 1, 3 * i + 2});
    owned.put("courseware_studentmodulehistory", i -> new long[] {3 * i, 3 * i + 1, 3 * i + 2});
    owned.put("student_anonymoususerid", i -> new long[] {i});
    owned.put("submissions_studentitem", i -> new long[] {i});
    owned.put("submissions_submission", i -> new long[] {i});
    owned.put("certificates_generatedcertificate", i -> new long[] {i});
    owned.put("auth_user", i -> new long[] {i});
    return users -> {
      Map<String, Long> left = new LinkedHashMap<>();
      owned.forEach(
          (table, ids) -> {
            List<Long> all =
                users.stream().flatMapToLong(u -> LongStream.of(ids.apply(u))).boxed().toList();
            long n = 0;
            for (List<Long> chunk : Keys.chunks(all)) {
              n +=
                  db.count(
                      "SELECT count(*) FROM "
                          + table
                          + " WHERE id IN ("
                          + chunk.stream().map(String::valueOf).collect(Collectors.joining(","))
                          + ")");
            }
            if (n > 0) {
              left.put(table, n);
            }
          });
      return left;
    };
  }
}

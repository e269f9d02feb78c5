package fr.openfun.mork.adapter.edx;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A realistic population of the real Open edX LMS schema (Dogwood) for the erasure harness, seeded
 * set-based from MariaDB's sequence engine ({@code seq_1_to_N}). Per user {@code i}: a profile, two
 * enrollments, four {@code courseware_studentmodule} rows with two history rows each, an offline
 * computed grade, a certificate, two forum role memberships ({@code
 * django_comment_client_role_users}), two anonymous ids, a {@code submissions_studentitem} with two
 * submissions and a score, two preferences; every fifth user one {@code track_trackinglog} row (a
 * table Dogwood leaves without an index on {@code username}). Users {@code i % 10 == 0} last logged
 * in in 2015 (inactive), the others in 2025. Every row's id is a function of its user's id, so that
 * {@link #remaining} can look for any row of erased users by primary key.
 */
final class LmsPopulation {
  /** Dependent rows per user (tracking logs, one user in five, left out). */
  static final int ROWS_PER_USER = 27;

  private static final int CHUNK = 20_000;
  private static final String A = "'course-v1:FUN+A+2015'";
  private static final String B = "'course-v1:FUN+B+2015'";
  private static final String NOW = "'2015-06-01 10:00:00'";

  /** Table → the ids of the rows seeded for user i (empty for tables that user has no row in). */
  private static final Map<String, LongFunction<long[]>> OWNED = new LinkedHashMap<>();

  static {
    OWNED.put("auth_userprofile", i -> new long[] {i});
    OWNED.put("student_courseenrollment", i -> new long[] {2 * i - 1, 2 * i});
    OWNED.put(
        "courseware_studentmodule",
        i -> LongStream.rangeClosed(1, 4).map(k -> 4 * (i - 1) + k).toArray());
    OWNED.put(
        "courseware_studentmodulehistory",
        i -> LongStream.rangeClosed(1, 8).map(k -> 8 * (i - 1) + k).toArray());
    OWNED.put("courseware_offlinecomputedgrade", i -> new long[] {i});
    OWNED.put("certificates_generatedcertificate", i -> new long[] {i});
    OWNED.put("django_comment_client_role_users", i -> new long[] {2 * i - 1, 2 * i});
    OWNED.put("student_anonymoususerid", i -> new long[] {2 * i - 1, 2 * i});
    OWNED.put("submissions_studentitem", i -> new long[] {i});
    OWNED.put("submissions_submission", i -> new long[] {2 * i - 1, 2 * i});
    OWNED.put("submissions_score", i -> new long[] {i});
    OWNED.put("user_api_userpreference", i -> new long[] {2 * i - 1, 2 * i});
    OWNED.put("track_trackinglog", i -> i % 5 == 0 ? new long[] {i} : new long[0]);
    OWNED.put("auth_user", i -> new long[] {i});
  }

  private final TestMariaDb db;

  LmsPopulation(TestMariaDb db) {
    this.db = db;
  }

  /** Seeds users {@code from..to} (inclusive) and their rows, in chunks of 20 000 users. */
  void seed(long from, long to) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      if (from == 1) {
        s.execute(
            "INSERT INTO django_comment_client_role (id, name, course_id) VALUES"
                + " (1, 'Student', "
                + A
                + "), (2, 'Student', "
                + B
                + ")");
      }
      for (long start = from; start <= to; start += CHUNK) {
        long end = Math.min(to, start + CHUNK - 1);
        for (String sql : chunk(start, end)) {
          s.execute(sql);
        }
      }
    }
  }

  private static List<String> chunk(long from, long to) {
    String seq = " FROM seq_" + from + "_to_" + to;
    String two = " FROM seq_" + from + "_to_" + to + " u JOIN seq_1_to_2 k";
    List<String> sql = new ArrayList<>();
    sql.add(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined) SELECT seq, 'x',"
            + " IF(seq % 10 = 0, '2015-06-01', '2025-06-01'), 0, CONCAT('user', seq), 'F', 'L',"
            + " CONCAT('user', seq, '@example.org'), 0, 1, '2012-01-01'"
            + seq);
    sql.add(
        "INSERT INTO auth_userprofile (id, name, meta, courseware, language, location,"
            + " allow_certificate, user_id) SELECT seq, CONCAT('Name ', seq), '', 'course.xml', 'fr',"
            + " 'Paris', 1, seq"
            + seq);
    sql.add(
        "INSERT INTO student_courseenrollment (id, course_id, created, is_active, mode, user_id)"
            + " SELECT 2 * u.seq - 2 + k.seq, IF(k.seq = 1, "
            + A
            + ", "
            + B
            + "), "
            + NOW
            + ", 1, 'audit', u.seq"
            + two);
    sql.add(
        "INSERT INTO courseware_studentmodule (id, module_type, module_id, course_id, state, grade,"
            + " max_grade, done, created, modified, student_id) SELECT 4 * (u.seq - 1) + k.seq,"
            + " 'problem', CONCAT('block-v1:FUN+A+2015+type@problem+block@p', k.seq), "
            + A
            + ", '{\"attempts\": 1, \"correct_map\": {}}', 1, 1, 'na', "
            + NOW
            + ", "
            + NOW
            + ", u.seq FROM seq_"
            + from
            + "_to_"
            + to
            + " u JOIN seq_1_to_4 k");
    sql.add(
        "INSERT INTO courseware_studentmodulehistory (id, version, created, state, grade, max_grade,"
            + " student_module_id) SELECT 8 * (u.seq - 1) + k.seq, NULL, "
            + NOW
            + ", '{\"attempts\": 1}', 1, 1, 4 * (u.seq - 1) + (k.seq + 1) DIV 2 FROM seq_"
            + from
            + "_to_"
            + to
            + " u JOIN seq_1_to_8 k");
    sql.add(
        "INSERT INTO courseware_offlinecomputedgrade (id, course_id, created, updated, gradeset,"
            + " user_id) SELECT seq, "
            + A
            + ", "
            + NOW
            + ", "
            + NOW
            + ", '{\"percent\": 0.8}', seq"
            + seq);
    sql.add(
        "INSERT INTO certificates_generatedcertificate (id, course_id, verify_uuid, download_uuid,"
            + " download_url, grade, `key`, distinction, status, mode, name, created_date,"
            + " modified_date, error_reason, user_id) SELECT seq, "
            + A
            + ", CONCAT('v', seq),"
            + " CONCAT('d', seq), '', '0.8', '', 0, 'downloadable', 'honor', CONCAT('Name ', seq), "
            + NOW
            + ", "
            + NOW
            + ", '', seq"
            + seq);
    sql.add(
        "INSERT INTO django_comment_client_role_users (id, role_id, user_id) SELECT"
            + " 2 * u.seq - 2 + k.seq, k.seq, u.seq"
            + two);
    sql.add(
        "INSERT INTO student_anonymoususerid (id, anonymous_user_id, course_id, user_id) SELECT"
            + " 2 * u.seq - 2 + k.seq, CONCAT('anon', u.seq, 'c', k.seq), IF(k.seq = 1, "
            + A
            + ", "
            + B
            + "), u.seq"
            + two);
    sql.add(
        "INSERT INTO submissions_studentitem (id, student_id, course_id, item_id, item_type) SELECT"
            + " seq, CONCAT('anon', seq, 'c1'), "
            + A
            + ", 'block-v1:FUN+A+2015+type@ora+block@o1',"
            + " 'openassessment'"
            + seq);
    sql.add(
        "INSERT INTO submissions_submission (id, uuid, attempt_number, submitted_at, created_at,"
            + " raw_answer, student_item_id) SELECT 2 * u.seq - 2 + k.seq,"
            + " CONCAT('s', u.seq, '-', k.seq), k.seq, "
            + NOW
            + ", "
            + NOW
            + ", '{\"text\": \"an answer\"}', u.seq"
            + two);
    sql.add(
        "INSERT INTO submissions_score (id, points_earned, points_possible, created_at, reset,"
            + " student_item_id, submission_id) SELECT seq, 1, 1, "
            + NOW
            + ", 0, seq, 2 * seq"
            + seq);
    sql.add(
        "INSERT INTO user_api_userpreference (id, `key`, value, user_id) SELECT 2 * u.seq - 2 +"
            + " k.seq, IF(k.seq = 1, 'pref-lang', 'account_privacy'), IF(k.seq = 1, 'fr',"
            + " 'private'), u.seq"
            + two);
    sql.add(
        "INSERT INTO track_trackinglog (id, dtcreated, username, ip, event_source, event_type,"
            + " event, agent, page, time, host) SELECT seq, "
            + NOW
            + ", CONCAT('user', seq),"
            + " '127.0.0.1', 'server', 'problem_check', '{}', 'Mozilla', NULL, "
            + NOW
            + ", 'lms'"
            + seq
            + " WHERE seq % 5 = 0");
    return sql;
  }

  /** Rows in the database (every seeded table but auth_user) and users, for the report. */
  long dependentRows() {
    long n = 0;
    for (String table : OWNED.keySet()) {
      if (!table.equals("auth_user")) {
        n += db.count("SELECT count(*) FROM " + table);
      }
    }
    return n;
  }

  /** Rows still present of these users, by table (none when they were erased completely). */
  Map<String, Long> remaining(List<Long> users) {
    Map<String, Long> left = new LinkedHashMap<>();
    OWNED.forEach(
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
  }
}

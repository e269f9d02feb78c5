package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Course staff who acted on other learners, on any edX-like schema: the staff member disabled a
 * learner's account, invalidated the learner's certificate, created a coupon and registration codes
 * the learner redeemed (the codes bought in the staff member's own order), owns the OAuth client
 * the learner's token was issued by, sent a course email and requested an instructor task. The
 * staff member also has their own profile, enrollment and course role. Erasing them must keep every
 * one of those records of the learner and of the course.
 */
final class ActorScenario {
  final long staff;
  final long learner;
  final long ordinary;
  private final long standing;
  private final long invalidation;
  private final long coupon;
  private final long couponRedemption;
  private final long code;
  private final long codeRedemption;
  private final long token;
  private final long client;

  private ActorScenario(UserRowsSeeder rows, String prefix) throws SQLException {
    staff = user(rows, prefix + "staff", "'2015-01-01 00:00:00'");
    learner = user(rows, prefix + "learner", "'2025-12-01 00:00:00'");
    ordinary = user(rows, prefix + "ordinary", "'2015-01-01 00:00:00'");
    rows.row("auth_userprofile", Map.of("user_id", staff, "name", "Staff Member"));
    rows.row("student_courseenrollment", Map.of("user_id", staff, "course_id", prefix + "c1"));
    rows.row("student_courseaccessrole", Map.of("user_id", staff, "role", "staff"));
    rows.row("auth_userprofile", Map.of("user_id", ordinary, "name", "Ordinary Learner"));
    rows.row("student_courseenrollment", Map.of("user_id", ordinary, "course_id", prefix + "c1"));
    standing =
        rows.row(
            "student_userstanding",
            Map.of("user_id", learner, "changed_by_id", staff, "account_status", "disabled"));
    long cert =
        rows.row(
            "certificates_generatedcertificate", Map.of("user_id", learner, "course_id", "c1"));
    invalidation =
        rows.row(
            "certificates_certificateinvalidation",
            Map.of("generated_certificate_id", cert, "invalidated_by_id", staff, "active", 1));
    coupon = rows.row("shoppingcart_coupon", Map.of("created_by_id", staff));
    long learnerOrder = rows.row("shoppingcart_order", Map.of("user_id", learner));
    couponRedemption =
        rows.row(
            "shoppingcart_couponredemption",
            Map.of("coupon_id", coupon, "order_id", learnerOrder, "user_id", learner));
    long staffOrder = rows.row("shoppingcart_order", Map.of("user_id", staff));
    code =
        rows.row(
            "shoppingcart_courseregistrationcode",
            Map.of("created_by_id", staff, "order_id", staffOrder));
    codeRedemption =
        rows.row(
            "shoppingcart_registrationcoderedemption",
            Map.of("registration_code_id", code, "redeemed_by_id", learner));
    client = rows.row("oauth2_client", Map.of("user_id", staff));
    token = rows.row("oauth2_accesstoken", Map.of("client_id", client, "user_id", learner));
    rows.row("bulk_email_courseemail", Map.of("sender_id", staff));
    rows.row("instructor_task_instructortask", Map.of("requester_id", staff));
  }

  private static long user(UserRowsSeeder rows, String name, String lastLogin) throws SQLException {
    return rows.row(
        "auth_user",
        Map.of(
            "username",
            name,
            "email",
            name + "@example.org",
            "password",
            "pbkdf2_sha256$x",
            "last_login",
            lastLogin.replace("'", ""),
            "date_joined",
            "2014-01-01 00:00:00",
            "is_active",
            1,
            "is_staff",
            0,
            "is_superuser",
            0));
  }

  /**
   * Seeds the scenario; {@code prefix} keeps the usernames of two scenarios apart, {@code first}
   * their generated values.
   */
  static ActorScenario seed(TestMariaDb db, DeletionPlan plan, String prefix, long first)
      throws Exception {
    try (Connection c = db.connect()) {
      return new ActorScenario(new UserRowsSeeder(c, plan).startingAt(first), prefix);
    }
  }

  static long placeholder(TestMariaDb db) {
    return db.count("SELECT coalesce(max(id), 0) FROM auth_user WHERE username = 'retired_user'");
  }

  /** The learner's and the course's records are all still there, now naming the placeholder. */
  void assertOtherPeoplesRecordsKept(TestMariaDb db) {
    long retired = placeholder(db);
    assertThat(
            db.count(
                "SELECT count(*) FROM student_userstanding WHERE id = "
                    + standing
                    + " AND user_id = "
                    + learner
                    + " AND account_status = 'disabled' AND changed_by_id = "
                    + retired))
        .as("the learner is still disabled")
        .isOne();
    assertThat(
            db.count(
                "SELECT count(*) FROM certificates_certificateinvalidation WHERE active = 1 AND id = "
                    + invalidation
                    + " AND invalidated_by_id = "
                    + retired))
        .as("the certificate is still invalid")
        .isOne();
    assertThat(
            db.count(
                "SELECT count(*) FROM shoppingcart_coupon WHERE id = "
                    + coupon
                    + " AND created_by_id = "
                    + retired))
        .as("the coupon is owned by the placeholder")
        .isOne();
    assertThat(rowExists(db, "shoppingcart_couponredemption", couponRedemption)).isTrue();
    assertThat(
            db.count(
                "SELECT count(*) FROM shoppingcart_courseregistrationcode WHERE order_id IS NULL"
                    + " AND id = "
                    + code
                    + " AND created_by_id = "
                    + retired))
        .as("the registration code stays, cut from the erased buyer's order")
        .isOne();
    assertThat(rowExists(db, "shoppingcart_registrationcoderedemption", codeRedemption)).isTrue();
    assertThat(rowExists(db, "oauth2_accesstoken", token)).as("the learner's token").isTrue();
    assertThat(
            db.count("SELECT count(*) FROM oauth2_client WHERE user_id IS NULL AND id = " + client))
        .isOne();
  }

  private static boolean rowExists(TestMariaDb db, String table, long id) {
    return db.count("SELECT count(*) FROM `" + table + "` WHERE id = " + id) == 1;
  }

  /**
   * Every column of the schema that still holds this user: each foreign key to {@code auth_user}
   * and each rule column of the plan keyed by the user's id.
   */
  static List<String> referencesTo(TestMariaDb db, DeletionPlan plan, long userId) {
    List<String> columns = new ArrayList<>();
    try (Connection c = db.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT table_name, column_name FROM information_schema.key_column_usage"
                        + " WHERE table_schema = database() AND referenced_table_name ="
                        + " 'auth_user'")) {
      while (rs.next()) {
        columns.add(rs.getString(1) + "." + rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    for (PlanStep s : plan.steps()) {
      if (!s.foreignKey() && s.parentTable().equals("auth_user") && s.parentColumn().equals("id")) {
        columns.add(s.edge());
      }
    }
    List<String> left = new ArrayList<>();
    for (String column : columns) {
      String table = column.substring(0, column.indexOf('.'));
      String name = column.substring(column.indexOf('.') + 1);
      String sql = "SELECT count(*) FROM `" + table + "` WHERE `" + name + "` = " + userId;
      if (db.count(sql) > 0) {
        left.add(column);
      }
    }
    return left;
  }
}

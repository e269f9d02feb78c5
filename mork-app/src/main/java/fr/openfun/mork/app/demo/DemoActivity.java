package fr.openfun.mork.app.demo;

import fr.openfun.mork.app.demo.DemoUser.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Course activity (depth two), the account-standing audit column, the protected wiki article and
 * the forum thread whose replies come from other, active users (depth three).
 */
final class DemoActivity {
  private final Connection connection;
  private final Instant now;

  DemoActivity(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void insert(List<DemoUser> users) throws SQLException {
    DemoRows rows = new DemoRows(connection, now);
    List<DemoUser> learners = users.stream().filter(u -> u.kind() != Kind.STAFF).toList();
    rows.batch(
        "INSERT INTO courseware_studentmodule (id, module_type, module_id, course_id, state, grade,"
            + " created, modified, student_id) VALUES (?,?,?,?,?,?,?,?,?)",
        learners,
        (s, u) -> {
          s.setLong(1, u.id());
          s.setString(2, "problem");
          s.setString(3, "block-v1:FUN+Python101+2019+type@problem+block@q" + (u.id() % 7));
          s.setString(4, "course-v1:FUN+Python101+2019");
          s.setString(5, "{\"attempts\": 1}");
          s.setDouble(6, (u.id() % 10) / 10.0);
          s.setObject(7, DemoRows.time(u.dateJoined()));
          s.setObject(8, DemoRows.time(u.lastLogin().orElse(u.dateJoined())));
          s.setLong(9, u.id());
        });
    rows.batch(
        "INSERT INTO courseware_studentmodulehistory (version, created, state, grade,"
            + " student_module_id) VALUES (?,?,?,?,?)",
        learners,
        (s, u) -> {
          s.setString(1, "1");
          s.setObject(2, DemoRows.time(u.dateJoined()));
          s.setString(3, "{\"attempts\": 1}");
          s.setDouble(4, 0.5);
          s.setLong(5, u.id());
        });
    long admin = users.get(0).id();
    rows.batch(
        "INSERT INTO student_userstanding (account_status, standing_last_changed_at,"
            + " changed_by_id, user_id) VALUES (?,?,?,?)",
        learners.stream().filter(u -> u.id() % 9 == 0).toList(),
        (s, u) -> {
          s.setString(1, "enabled");
          s.setObject(2, DemoRows.time(now.minus(Duration.ofDays(u.id()))));
          s.setLong(3, u.id() % 2 == 0 ? admin : inactiveAuditor(users));
          s.setLong(4, u.id());
        });
    new DemoContent(connection, now).insert(users);
  }

  /**
   * An inactive user who changed others' standing: erasing them reassigns those rows to the retired
   * placeholder, and the other learners keep their standing.
   */
  private static long inactiveAuditor(List<DemoUser> users) {
    return users.stream().filter(u -> u.kind() == Kind.INACTIVE).findFirst().orElseThrow().id();
  }
}

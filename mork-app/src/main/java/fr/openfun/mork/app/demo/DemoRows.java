package fr.openfun.mork.app.demo;

import fr.openfun.mork.app.demo.DemoUser.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the demo users and the rows that hang off them, in batches. */
final class DemoRows {
  private static final String[] COURSES = {
    "course-v1:FUN+Python101+2019", "course-v1:FUN+Climat+2020", "course-v1:FUN+Droit+2021"
  };

  private final Connection connection;
  private final Instant now;

  DemoRows(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void insert(List<DemoUser> users) throws SQLException {
    batch(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        users,
        (s, u) -> {
          s.setLong(1, u.id());
          s.setString(2, "!unusable");
          s.setObject(3, u.lastLogin().map(DemoRows::time).orElse(null));
          s.setBoolean(4, u.superuser());
          s.setString(5, u.username());
          s.setString(6, u.firstName());
          s.setString(7, u.lastName());
          s.setString(8, u.email());
          s.setBoolean(9, u.staff() || u.superuser());
          s.setBoolean(10, true);
          s.setObject(11, time(u.dateJoined()));
        });
    batch(
        "INSERT INTO auth_userprofile (name, meta, language, location, user_id) VALUES (?,?,?,?,?)",
        users,
        (s, u) -> {
          s.setString(1, u.firstName() + " " + u.lastName());
          s.setString(2, "{}");
          s.setString(3, "fr");
          s.setString(4, "");
          s.setLong(5, u.id());
        });
    batch(
        "INSERT INTO user_api_userpreference (`key`, `value`, user_id) VALUES (?,?,?)",
        users,
        (s, u) -> {
          s.setString(1, "pref-lang");
          s.setString(2, "fr");
          s.setLong(3, u.id());
        });
    List<DemoUser> learners = users.stream().filter(u -> u.kind() != Kind.STAFF).toList();
    batch(
        "INSERT INTO student_courseenrollment (id, course_id, created, is_active, mode, user_id)"
            + " VALUES (?,?,?,?,?,?)",
        learners,
        (s, u) -> {
          s.setLong(1, u.id());
          s.setString(2, COURSES[(int) (u.id() % COURSES.length)]);
          s.setObject(3, time(u.dateJoined().plus(Duration.ofDays(3))));
          s.setBoolean(4, true);
          s.setString(5, u.id() % 4 == 0 ? "verified" : "audit");
          s.setLong(6, u.id());
        });
    batch(
        "INSERT INTO student_courseenrollmentattribute (namespace, name, `value`, enrollment_id)"
            + " VALUES (?,?,?,?)",
        learners.stream().filter(u -> u.id() % 4 == 0).toList(),
        (s, u) -> {
          s.setString(1, "credit");
          s.setString(2, "provider_id");
          s.setString(3, "fun");
          s.setLong(4, u.id());
        });
    batch(
        "INSERT INTO student_courseenrollmentallowed (email, course_id, auto_enroll, created)"
            + " VALUES (?,?,?,?)",
        learners.stream().filter(u -> u.id() % 5 == 0).toList(),
        (s, u) -> {
          s.setString(1, u.email());
          s.setString(2, COURSES[0]);
          s.setBoolean(3, true);
          s.setObject(4, time(u.dateJoined()));
        });
    new DemoActivity(connection, now).insert(users);
  }

  static LocalDateTime time(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  interface Binder<T> {
    void bind(PreparedStatement statement, T value) throws SQLException;
  }

  <T> void batch(String sql, List<T> values, Binder<T> binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T value : values) {
        binder.bind(statement, value);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}

package fr.openfun.mork.app.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A population of thousands of users on the demo edX schema ({@code /demo/edx-schema.sql}), with
 * the demo's keys and nullability: a profile, two preferences, two enrollments (some with an
 * attribute), two course modules with their history each, some enrollments allowed by email, some
 * standings set by the admin; a few deletable users own a wiki article (protected); deletable users
 * start forum threads that active users answer, and reply in turn (depth three).
 *
 * <p>Groups, by id: the admin (1), then active users (logged in this year), users due a warning
 * (inactive for five years minus 5 to 25 days: not deletable yet), and deletable users (inactive
 * for six to eight years, some never logged in).
 */
public final class ScaledEdxSeed {
  private static final String[] COURSES = {
    "course-v1:FUN+Python101+2019", "course-v1:FUN+Climat+2020", "course-v1:FUN+Droit+2021"
  };

  /** The seeded ids by group; {@code protectedUsers} are deletable users who own wiki content. */
  public record Population(
      long admin,
      List<Long> active,
      List<Long> warnable,
      List<Long> deletable,
      List<Long> protectedUsers) {

    /** Every user a delete run must leave alone. */
    public List<Long> outsideTheSelection() {
      List<Long> ids = new ArrayList<>(active);
      ids.add(0, admin);
      ids.addAll(warnable);
      return List.copyOf(ids);
    }

    public int size() {
      return 1 + active.size() + warnable.size() + deletable.size();
    }
  }

  private record User(long id, Optional<Instant> lastLogin, Instant joined, boolean admin) {
    String email() {
      return "learner" + id + "@example.org";
    }
  }

  private final Connection connection;
  private final Instant now;
  private final Random random = new Random(7);

  private ScaledEdxSeed(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  /** Creates the schema and seeds it in one transaction. */
  public static Population seed(
      Connection connection, Instant now, int active, int warnable, int deletable)
      throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : SqlScript.statements("/demo/edx-schema.sql")) {
        statement.execute(sql);
      }
      Population population =
          new ScaledEdxSeed(connection, now).insert(active, warnable, deletable);
      connection.commit();
      return population;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private Population insert(int activeCount, int warnableCount, int deletableCount)
      throws SQLException {
    List<User> users = new ArrayList<>();
    users.add(new User(1, Optional.of(daysAgo(1)), daysAgo(4000), true));
    for (int i = 0; i < activeCount; i++) {
      Instant login = daysAgo(random.nextInt(300));
      users.add(new User(users.size() + 1, Optional.of(login), login.minus(days(900)), false));
    }
    for (int i = 0; i < warnableCount; i++) {
      Instant login = yearsAgo(5).plus(days(5 + random.nextInt(20)));
      users.add(new User(users.size() + 1, Optional.of(login), login.minus(days(700)), false));
    }
    for (int i = 0; i < deletableCount; i++) {
      Instant login = yearsAgo(6).minus(days(random.nextInt(700)));
      Optional<Instant> last = i % 17 == 0 ? Optional.empty() : Optional.of(login);
      users.add(new User(users.size() + 1, last, login.minus(days(300)), false));
    }
    List<Long> ids = users.stream().map(User::id).toList();
    List<Long> active = ids.subList(1, 1 + activeCount);
    List<Long> warnable = ids.subList(1 + activeCount, 1 + activeCount + warnableCount);
    List<Long> deletable = ids.subList(1 + activeCount + warnableCount, ids.size());
    List<Long> wikiAuthors = deletable.stream().filter(id -> id % 97 == 0).toList();
    accounts(users);
    learning(users);
    new ScaledEdxContent(connection, now).insert(active, deletable, wikiAuthors);
    return new Population(1, active, warnable, deletable, wikiAuthors);
  }

  private void accounts(List<User> users) throws SQLException {
    batch(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        users,
        (s, u) -> {
          s.setLong(1, u.id());
          s.setString(2, "pbkdf2_sha256$36000$" + u.id());
          s.setObject(3, u.lastLogin().map(DemoRows::time).orElse(null));
          s.setBoolean(4, u.admin());
          s.setString(5, "learner" + u.id());
          s.setString(6, "Prénom" + u.id() % 50);
          s.setString(7, "Nom" + u.id() % 70);
          s.setString(8, u.email());
          s.setBoolean(9, u.admin());
          s.setBoolean(10, true);
          s.setObject(11, DemoRows.time(u.joined()));
        });
    batch(
        "INSERT INTO auth_userprofile (name, meta, language, location, year_of_birth, gender,"
            + " user_id) VALUES (?,?,?,?,?,?,?)",
        users,
        (s, u) -> {
          s.setString(1, "Learner " + u.id());
          s.setString(2, "{\"seed\": " + u.id() + "}");
          s.setString(3, "fr");
          s.setString(4, u.id() % 3 == 0 ? "Lyon" : "");
          s.setObject(5, u.id() % 4 == 0 ? null : 1950 + (int) (u.id() % 50));
          s.setString(6, u.id() % 2 == 0 ? "f" : null);
          s.setLong(7, u.id());
        });
    List<long[]> preferences = new ArrayList<>();
    users.forEach(u -> preferences.addAll(List.of(new long[] {u.id(), 0}, new long[] {u.id(), 1})));
    batch(
        "INSERT INTO user_api_userpreference (`key`, `value`, user_id) VALUES (?,?,?)",
        preferences,
        (s, p) -> {
          s.setString(1, p[1] == 0 ? "pref-lang" : "account_privacy");
          s.setString(2, p[1] == 0 ? "fr" : "private");
          s.setLong(3, p[0]);
        });
    batch(
        "INSERT INTO student_userstanding (account_status, standing_last_changed_at,"
            + " changed_by_id, user_id) VALUES (?,?,?,?)",
        users.stream().filter(u -> u.id() % 9 == 0).toList(),
        (s, u) -> {
          s.setString(1, u.id() % 2 == 0 ? "enabled" : "disabled");
          s.setObject(2, DemoRows.time(u.joined().plus(days(10))));
          s.setLong(3, 1);
          s.setLong(4, u.id());
        });
    batch(
        "INSERT INTO student_courseenrollmentallowed (email, course_id, auto_enroll, created,"
            + " user_id) VALUES (?,?,?,?,NULL)",
        users.stream().filter(u -> u.id() % 5 == 0).toList(),
        (s, u) -> {
          s.setString(1, u.email());
          s.setString(2, COURSES[(int) (u.id() % COURSES.length)]);
          s.setBoolean(3, true);
          s.setObject(4, DemoRows.time(u.joined()));
        });
  }

  /** Two enrollments and two modules per user, keyed {@code 2*id-1} and {@code 2*id}. */
  private void learning(List<User> users) throws SQLException {
    List<long[]> pairs = new ArrayList<>();
    users.forEach(u -> pairs.addAll(List.of(new long[] {u.id(), 1}, new long[] {u.id(), 0})));
    batch(
        "INSERT INTO student_courseenrollment (id, course_id, created, is_active, mode, user_id)"
            + " VALUES (?,?,?,?,?,?)",
        pairs,
        (s, p) -> {
          s.setLong(1, 2 * p[0] - p[1]);
          s.setString(2, COURSES[(int) ((p[0] + p[1]) % COURSES.length)]);
          s.setObject(3, DemoRows.time(now.minus(days(p[0] % 3000))));
          s.setBoolean(4, p[1] == 1);
          s.setString(5, p[0] % 4 == 0 ? "verified" : "audit");
          s.setLong(6, p[0]);
        });
    batch(
        "INSERT INTO student_courseenrollmentattribute (namespace, name, `value`, enrollment_id)"
            + " VALUES (?,?,?,?)",
        users.stream().filter(u -> u.id() % 4 == 0).toList(),
        (s, u) -> {
          s.setString(1, "credit");
          s.setString(2, "provider_id");
          s.setString(3, "fun");
          s.setLong(4, 2 * u.id() - 1);
        });
    batch(
        "INSERT INTO courseware_studentmodule (id, module_type, module_id, course_id, state,"
            + " grade, created, modified, student_id) VALUES (?,?,?,?,?,?,?,?,?)",
        pairs,
        (s, p) -> {
          s.setLong(1, 2 * p[0] - p[1]);
          s.setString(2, "problem");
          s.setString(3, "block-v1:FUN+Python101+2019+type@problem+block@q" + p[1]);
          s.setString(4, COURSES[0]);
          s.setString(5, p[1] == 1 ? "{\"attempts\": 2}" : null);
          s.setObject(6, p[1] == 1 ? (p[0] % 10) / 10.0 : null);
          s.setObject(7, DemoRows.time(now.minus(days(3000))));
          s.setObject(8, DemoRows.time(now.minus(days(p[0] % 2000))));
          s.setLong(9, p[0]);
        });
    batch(
        "INSERT INTO courseware_studentmodulehistory (version, created, state, grade,"
            + " student_module_id) VALUES (?,?,?,?,?)",
        pairs,
        (s, p) -> {
          s.setString(1, p[1] == 1 ? "1" : null);
          s.setObject(2, DemoRows.time(now.minus(days(3000))));
          s.setString(3, "{\"attempts\": 1}");
          s.setDouble(4, 0.5);
          s.setLong(5, 2 * p[0] - p[1]);
        });
  }

  /** Binds one row of a batch. */
  interface Binder<T> {
    void bind(PreparedStatement statement, T value) throws SQLException;
  }

  static <T> void batch(Connection connection, String sql, List<T> values, Binder<T> binder)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T value : values) {
        binder.bind(statement, value);
        statement.addBatch();
        if (++pending == 1000) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  private <T> void batch(String sql, List<T> values, Binder<T> binder) throws SQLException {
    batch(connection, sql, values, binder);
  }

  private Instant daysAgo(int days) {
    return now.minus(days(days));
  }

  private Instant yearsAgo(int years) {
    return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
  }

  private static Duration days(long days) {
    return Duration.ofDays(days);
  }
}

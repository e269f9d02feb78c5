package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The edX-like schema on a fresh MariaDB database, with a few users. */
final class EdxLikeFixture implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final long VICTIM = 1;
  static final long OTHER = 2;
  static final long PROTECTED = 3;
  static final long RECENT = 4;
  static final String VICTIM_EMAIL = "o'brien+ünï\"; DROP TABLE auth_user; --@exämple.org";

  final TestMariaDb db;
  final EdxDatabase database;

  EdxLikeFixture(String prefix) {
    db = TestMariaDb.create(prefix).load("edx/edx-like-schema.sql");
    addUser(VICTIM, "victim", VICTIM_EMAIL, "'2015-03-01 10:00:00'", "'2014-01-01 00:00:00'");
    addUser(OTHER, "other", "other@example.org", "'2016-01-01 00:00:00'", "'2014-01-01 00:00:00'");
    addUser(PROTECTED, "staffer", "staffer@example.org", "NULL", "'2014-01-01 00:00:00'");
    addUser(
        RECENT, "recent", "recent@example.org", "'2025-12-01 00:00:00'", "'2014-01-01 00:00:00'");
    database = new EdxDatabase(db.settings());
  }

  void addUser(long id, String username, String email, String lastLogin, String joined) {
    db.execute(
        "INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name,"
            + " last_name, email, is_staff, is_active, date_joined) VALUES ("
            + id
            + ", 'x', "
            + lastLogin
            + ", false, '"
            + username
            + "', 'F', 'L', '"
            + email.replace("'", "''").replace("\\", "\\\\")
            + "', false, true, "
            + joined
            + ")");
  }

  static ErasureRules rules() {
    try {
      return ErasureRules.defaults()
          .overriddenBy(
              ErasureRules.parse(TestMariaDb.read("edx/edx-like-rules.txt"), "test-rules"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  JooqErasurePlanner planner() {
    return new JooqErasurePlanner(database, rules(), CLOCK);
  }

  static ErasureRequest request(long id) {
    return new ErasureRequest(
        UUID.randomUUID(),
        id,
        "u" + id,
        "u" + id + "@example.org",
        DeletionReason.GDPR,
        CLOCK.instant(),
        Optional.empty());
  }

  @Override
  public void close() {
    database.close();
    db.close();
  }
}

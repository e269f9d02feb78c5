package fr.openfun.mork.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The same seed on a real MariaDB: the demo schema is MariaDB compatible. */
class DemoEdxDatabaseMariaDbIT {

  @Test
  void givenAnEmptyMariaDbDatabase_create_seedsTheSameUsersAndForeignKeys() throws Exception {
    DemoEdxDatabase demo =
        new DemoEdxDatabase(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    try (MariaDbTestServer server = new MariaDbTestServer();
        Connection connection = server.connect()) {

      int users = demo.create(connection);

      assertThat(users).isEqualTo(297);
      assertThat(count(connection, "SELECT COUNT(*) FROM auth_user")).isEqualTo(297);
      assertThat(
              count(
                  connection,
                  "SELECT COUNT(*) FROM information_schema.referential_constraints"
                      + " WHERE constraint_schema = DATABASE()"))
          .isEqualTo(18);
    }
  }

  private static long count(Connection connection, String sql) throws Exception {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

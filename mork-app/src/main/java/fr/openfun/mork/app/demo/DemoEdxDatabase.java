package fr.openfun.mork.app.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The embedded demo edX database: creates the edX-like schema ({@code /demo/edx-schema.sql}) and
 * seeds a few hundred users relative to the clock (recent, inactive for years, never logged in,
 * almost inactive, staff, a wiki author, a forum author answered by others). Works on H2 in MySQL
 * mode and on MariaDB; the edX adapter reads it like any edX database.
 */
public final class DemoEdxDatabase {
  private final Clock clock;

  public DemoEdxDatabase(Clock clock) {
    this.clock = clock;
  }

  /** Creates and seeds the database unless {@code auth_user} exists; true when it seeded. */
  public boolean createIfAbsent(Connection connection) throws SQLException {
    if (hasAuthUser(connection)) {
      return false;
    }
    create(connection);
    return true;
  }

  /** Creates the schema and seeds it, in one transaction where the database allows it. */
  public int create(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : SqlScript.statements("/demo/edx-schema.sql")) {
        statement.execute(sql);
      }
      List<DemoUser> users = DemoUsers.draw(clock.instant());
      new DemoRows(connection, clock.instant()).insert(users);
      connection.commit();
      return users.size();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean hasAuthUser(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of("auth_user", "AUTH_USER")) {
      try (ResultSet tables =
          meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        while (tables.next()) {
          if (tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals("auth_user")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

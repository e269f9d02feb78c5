package fr.openfun.mork.adapter.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A store on its own database for one IT class: a uniquely named PostgreSQL database (server from
 * {@code MORK_TEST_POSTGRES_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}) or a private in-memory H2 database. A missing server fails the test.
 */
final class TestStore implements AutoCloseable {
  static final String SECRET = "test-secret-0123456789";
  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault("MORK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String PG_USER =
      System.getenv().getOrDefault("MORK_TEST_POSTGRES_USER", "postgres");
  private static final String PG_PASSWORD =
      System.getenv().getOrDefault("MORK_TEST_POSTGRES_PASSWORD", "");

  private final StoreSettings settings;
  private final String postgresDatabase;
  private MorkStore store;

  private TestStore(StoreSettings settings, String postgresDatabase) {
    this.settings = settings;
    this.postgresDatabase = postgresDatabase;
  }

  static TestStore postgres(String label) {
    String name = uniqueName(label);
    admin("CREATE DATABASE " + name);
    String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    return new TestStore(new StoreSettings(url, PG_USER, PG_PASSWORD, SECRET, 10), name);
  }

  static TestStore h2(String label) {
    return new TestStore(StoreSettings.h2Memory(uniqueName(label), SECRET), null);
  }

  private static String uniqueName(String label) {
    return ("mork_it_" + label + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT);
  }

  StoreSettings settings() {
    return settings;
  }

  /** The open store (opened, hence migrated, on first use). */
  MorkStore store() {
    if (store == null) {
      store = MorkStore.open(settings);
    }
    return store;
  }

  /** Empties every table and resets the switches, for the next test. */
  MorkStore reset() {
    MorkStore open = store();
    sql(
        "DELETE FROM user_service_statuses",
        "DELETE FROM users",
        "DELETE FROM warnings",
        "DELETE FROM tasks",
        "TRUNCATE TABLE audit_events",
        "UPDATE controls SET val = 'false' WHERE name = 'paused'",
        "UPDATE controls SET val = NULL WHERE name = 'acknowledged_plan'");
    return open;
  }

  void sql(String... statements) {
    try (Connection c = store().dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
    if (postgresDatabase != null) {
      admin("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
    }
  }

  private static void admin(String statement) {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, PG_USER, PG_PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for tests is unreachable at " + ADMIN_URL + " (set MORK_TEST_POSTGRES_URL)",
          e);
    }
  }
}

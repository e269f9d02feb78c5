package fr.openfun.mork.app.bench;

import fr.openfun.mork.adapter.store.MorkStore;
import fr.openfun.mork.adapter.store.StoreSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A uniquely named PostgreSQL database migrated by Mork's own Flyway migrations, then filled with
 * {@code users} ledger users, each tracked by four services, in two set-based statements.
 *
 * <p>Statuses follow how a ledger ages: pull services have marked their older users deleted, so
 * {@code joanie}'s {@code to_delete} users are the newest 10% plus one in a hundred of the others;
 * {@code ashley} has the newest 20% to delete, {@code edx} and {@code sarbacane} the newest 10%.
 */
final class BenchLedger implements AutoCloseable {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = "postgres";
  static final String HMAC = "bench-hmac-secret-that-is-long-enough";

  final String name =
      "mork_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  final int users;

  BenchLedger(int users) {
    this.users = users;
  }

  String url() {
    return SERVER + name;
  }

  BenchLedger create() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    MorkStore.migrate(new StoreSettings(url(), USER, "", HMAC, 2));
    return this;
  }

  /** Seeds the users and their statuses; returns the seconds it took. */
  double seed() throws SQLException {
    long start = System.nanoTime();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit = off");
      s.execute(
          "INSERT INTO users (id, username, edx_user_id, email, email_hash, reason, created_at,"
              + " updated_at) SELECT md5('u' || i)::uuid, 'user' || i, i,"
              + " 'user' || i || '@example.com', md5('e' || i), 'gdpr',"
              + " timestamptz '2024-01-01 00:00:00+00' + i * interval '20 seconds',"
              + " timestamptz '2024-01-01 00:00:00+00' + i * interval '20 seconds'"
              + " FROM generate_series(1, "
              + users
              + ") i");
      s.execute(
          "INSERT INTO user_service_statuses (user_id, service, status, attempts, updated_at"
              + (pullColumn(c) ? ", user_created_at" : "")
              + ") SELECT md5('u' || i)::uuid, v.service, CASE"
              + " WHEN v.service = 'joanie' AND (i > "
              + users * 9L / 10
              + " OR i % 100 = 0) THEN 'to_delete'"
              + " WHEN v.service = 'ashley' AND i > "
              + users * 8L / 10
              + " THEN 'to_delete'"
              + " WHEN v.service IN ('edx', 'sarbacane') AND i > "
              + users * 9L / 10
              + " THEN 'to_delete'"
              + " WHEN v.service = 'edx' AND i % 1000 = 7 THEN 'protected'"
              + " ELSE 'deleted' END, 0, now()"
              + (pullColumn(c)
                  ? ", timestamptz '2024-01-01 00:00:00+00' + i * interval '20 seconds'"
                  : "")
              + " FROM generate_series(1, "
              + users
              + ") i CROSS JOIN (VALUES ('edx'), ('sarbacane'), ('joanie'), ('ashley')) v(service)");
      s.execute("VACUUM ANALYZE users");
      s.execute("VACUUM ANALYZE user_service_statuses");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Whether the migrated schema has {@code user_service_statuses.user_created_at} (V6). */
  private static boolean pullColumn(Connection c) throws SQLException {
    try (ResultSet rs =
        c.getMetaData().getColumns(null, null, "user_service_statuses", "user_created_at")) {
      return rs.next();
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, "");
  }

  /** The ids of users whose {@code service} status is {@code status}. */
  List<UUID> ids(String service, String status, int max) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = connect();
        var ps =
            c.prepareStatement(
                "SELECT user_id FROM user_service_statuses WHERE service = ? AND status = ?"
                    + " ORDER BY id LIMIT ?")) {
      ps.setString(1, service);
      ps.setString(2, status);
      ps.setInt(3, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return ids;
  }

  void dropQuietly() {
    try {
      close();
    } catch (SQLException e) {
      System.err.println("could not drop " + name + ": " + e.getMessage());
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}

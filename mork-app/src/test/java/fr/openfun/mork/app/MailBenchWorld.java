package fr.openfun.mork.app;

import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The databases of the mail benchmark: a fresh edX database on the local MariaDB (the project's
 * edX-like schema with the demo's users, plus {@code users} learners inactive since 2015) and a
 * fresh store on the local PostgreSQL, both dropped at the end. Builds the Mork object graph a
 * {@code mork warn --no-dry-run} builds, pointed at an SMTP port with a given rate limit.
 */
final class MailBenchWorld implements AutoCloseable {
  static final long FIRST_LEARNER = 100_001;

  private final String name = "mork_mailbench_" + UUID.randomUUID().toString().replace("-", "");
  private final String mysqlHost = "127.0.0.1";
  private final String postgresHost = "127.0.0.1";

  MailBenchWorld(int users) throws SQLException {
    execute(mysql(""), "CREATE DATABASE " + name);
    execute(postgres("postgres"), "CREATE DATABASE " + name);
    try (Connection edx = mysql(name)) {
      new DemoEdxDatabase(Clock.systemUTC()).create(edx);
      seed(edx, users);
    }
  }

  /** Learners inactive since 2015, never warned: each one is due a first warning. */
  private static void seed(Connection edx, int users) throws SQLException {
    try (Statement s = edx.createStatement()) {
      for (int from = 0; from < users; from += 1000) {
        StringBuilder sql =
            new StringBuilder(
                "INSERT INTO auth_user (id, password, last_login, is_superuser, username,"
                    + " first_name, last_name, email, is_staff, is_active, date_joined) VALUES ");
        for (int i = from; i < Math.min(users, from + 1000); i++) {
          long id = FIRST_LEARNER + i;
          sql.append(i == from ? "" : ",")
              .append("(")
              .append(id)
              .append(", '!x', '2015-06-01 10:00:00', 0, 'learner")
              .append(id)
              .append("', 'First', 'Last', 'learner")
              .append(id)
              .append("@learners.example.net', 0, 1, '2014-01-01 10:00:00')");
        }
        s.execute(sql.toString());
      }
    }
  }

  /** The graph {@code mork warn} runs in, sending to {@code smtpPort} at {@code rateLimit}. */
  MorkGraph graph(int smtpPort, String rateLimit) {
    return MorkGraph.build(config(smtpPort, rateLimit), Clock.systemUTC());
  }

  /** The configuration of {@link #graph}. */
  MorkConfig config(int smtpPort, String rateLimit) {
    Map<String, String> env = new HashMap<>();
    env.put("MORK_EDX_MYSQL_DB_HOST", mysqlHost);
    env.put("MORK_EDX_MYSQL_DB_PORT", "3306");
    env.put("MORK_EDX_MYSQL_DB_NAME", name);
    env.put("MORK_EDX_MYSQL_DB_USER", "root");
    env.put("MORK_DB_HOST", postgresHost);
    env.put("MORK_DB_PORT", "5432");
    env.put("MORK_DB_NAME", name);
    env.put("MORK_DB_USER", "postgres");
    env.put("MORK_PII_HMAC_SECRET", "mailbench-hmac-secret-that-is-long-enough-0123");
    env.put("MORK_EMAIL_HOST", "127.0.0.1");
    env.put("MORK_EMAIL_PORT", String.valueOf(smtpPort));
    env.put("MORK_EMAIL_FROM", "Mork <mork@fun-mooc.example>");
    env.put("MORK_EMAIL_SITE_NAME", "FUN MOOC");
    env.put("MORK_EMAIL_SITE_BASE_URL", "https://fun-mooc.example");
    env.put("MORK_EMAIL_SITE_LOGIN_URL", "https://fun-mooc.example/login");
    env.put("MORK_EMAIL_RATE_LIMIT", rateLimit);
    env.put("MORK_SERVICES", "edx");
    env.put("MORK_API_KEYS", "ops=mailbench-admin-key-0123456789");
    return MorkConfigLoader.load(env);
  }

  /** Forgets every recorded warning, so that the next run warns the same users again. */
  void forgetWarnings() throws SQLException {
    execute(postgres(name), "TRUNCATE warnings");
  }

  private Connection mysql(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://" + mysqlHost + ":3306/" + database, "root", "");
  }

  private Connection postgres(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + postgresHost + ":5432/" + database, "postgres", "");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    execute(mysql(""), "DROP DATABASE IF EXISTS " + name);
    execute(postgres("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}

package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A MariaDB account with a password, allowed on the end-to-end test's edX database only, so that
 * Mork connects to edX with a real secret (the test server's root has none). Dropped on close.
 */
final class EdxAccount implements AutoCloseable {
  private final E2eServers servers;
  private final String user =
      "mork_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private EdxAccount(E2eServers servers) {
    this.servers = servers;
  }

  static EdxAccount create(E2eServers servers, String password) throws SQLException {
    EdxAccount account = new EdxAccount(servers);
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      ResultSet db = s.executeQuery("SELECT DATABASE()");
      db.next();
      for (String host : new String[] {"127.0.0.1", "localhost"}) {
        String who = "'" + account.user + "'@'" + host + "'";
        s.execute("CREATE USER " + who + " IDENTIFIED BY '" + password + "'");
        s.execute("GRANT ALL PRIVILEGES ON `" + db.getString(1) + "`.* TO " + who);
      }
    }
    return account;
  }

  String user() {
    return user;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      for (String host : new String[] {"127.0.0.1", "localhost"}) {
        s.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
      }
    }
  }
}

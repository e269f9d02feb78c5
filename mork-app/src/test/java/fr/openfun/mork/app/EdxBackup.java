package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A backup of the end-to-end test's edX data in a sibling database, and its restore as an operator
 * would run it: every table's rows replaced by the backup's, and {@code auth_user}'s AUTO_INCREMENT
 * set back to the backup's, so the next account created reuses the ids handed out after the backup.
 */
final class EdxBackup implements AutoCloseable {
  private final E2eServers servers;
  private final String backup;
  private final List<String> tables = new ArrayList<>();
  private long autoIncrement;

  private EdxBackup(E2eServers servers, String database) {
    this.servers = servers;
    this.backup = database + "_bk";
  }

  static EdxBackup take(E2eServers servers) throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      ResultSet name = s.executeQuery("SELECT DATABASE()");
      name.next();
      EdxBackup copy = new EdxBackup(servers, name.getString(1));
      s.execute("CREATE DATABASE " + copy.backup);
      try (ResultSet r = s.executeQuery("SHOW TABLES")) {
        while (r.next()) {
          copy.tables.add(r.getString(1));
        }
      }
      for (String table : copy.tables) {
        s.execute("CREATE TABLE " + copy.backup + "." + table + " AS SELECT * FROM " + table);
      }
      ResultSet next =
          s.executeQuery(
              "SELECT AUTO_INCREMENT FROM information_schema.tables"
                  + " WHERE table_schema = DATABASE() AND table_name = 'auth_user'");
      next.next();
      copy.autoIncrement = next.getLong(1);
      return copy;
    }
  }

  /** The id the next new account gets once restored. */
  long nextUserId() {
    return autoIncrement;
  }

  void restore() throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables) {
        s.execute("DELETE FROM " + table);
        s.execute("INSERT INTO " + table + " SELECT * FROM " + backup + "." + table);
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
      s.execute("ALTER TABLE auth_user AUTO_INCREMENT = " + autoIncrement);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = servers.edx();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + backup);
    }
  }
}

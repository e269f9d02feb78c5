package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Transaction}: all or nothing, and the pooled connection back in auto-commit mode. */
class TransactionIT {
  private final TestMariaDb db = TestMariaDb.create("mork_edx_tx");
  private final EdxDatabase database = pooledOnce(db);

  @AfterEach
  void close() {
    database.close();
    db.close();
  }

  @Test
  void givenWorkThatSucceeds_run_commitsItAndLendsTheConnectionBackInAutoCommit() throws Exception {
    db.execute("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB");

    int answer = Transaction.run(database.primary(), tx -> tx.execute("INSERT INTO t VALUES (1)"));

    assertThat(answer).isEqualTo(1);
    assertThat(db.count("SELECT COUNT(*) FROM t")).isEqualTo(1);
    assertThat(autoCommitOfThePooledConnection()).isTrue();
  }

  @Test
  void givenWorkThatThrowsAfterAWrite_run_rollsTheWriteBackAndRethrows() throws Exception {
    db.execute("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB");

    assertThatThrownBy(
            () ->
                Transaction.run(
                    database.primary(),
                    tx -> {
                      tx.execute("INSERT INTO t VALUES (1)");
                      throw new IllegalStateException("planted");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("planted");

    assertThat(db.count("SELECT COUNT(*) FROM t")).isZero();
    assertThat(autoCommitOfThePooledConnection()).isTrue();
  }

  private boolean autoCommitOfThePooledConnection() throws SQLException {
    try (Connection c = database.primaryDataSource().getConnection()) {
      return c.getAutoCommit();
    }
  }

  private static EdxDatabase pooledOnce(TestMariaDb db) {
    EdxDatabaseSettings s = db.settings();
    return new EdxDatabase(
        new EdxDatabaseSettings(
            s.jdbcUrl(),
            s.user(),
            s.password(),
            s.readReplicaUrl(),
            s.dialect(),
            s.queryTimeout(),
            s.batchSize(),
            s.pauseBetweenPages(),
            1,
            false));
  }
}

package fr.openfun.mork.adapter.edx;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * One transaction on one pooled connection, in two round trips of its own: {@code set autocommit=0}
 * before the work and {@code set autocommit=1} after it, which commits (JDBC: changing the
 * auto-commit mode during a transaction commits it). jOOQ's transaction provider also reads the
 * isolation level and sends a separate {@code COMMIT}: two more round trips per user erased one by
 * one. Any exception rolls the work back and is rethrown; the connection goes back to the pool in
 * auto-commit mode either way.
 */
final class Transaction {
  private Transaction() {}

  static <T> T run(DSLContext dsl, Function<DSLContext, T> work) {
    return dsl.connectionResult(
        c -> {
          c.setAutoCommit(false);
          T result;
          try {
            result = work.apply(dsl.configuration().derive(new DefaultConnectionProvider(c)).dsl());
          } catch (RuntimeException | Error e) {
            rollback(c, e);
            throw e;
          }
          try {
            c.setAutoCommit(true); // the commit
          } catch (SQLException e) {
            rollback(c, e);
            throw new UncheckedSqlException(e);
          }
          return result;
        });
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e); // a lost connection: the server rolls back, the pool drops it
    }
  }
}

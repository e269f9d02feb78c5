package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The jOOQ context of the store, with the one place where jOOQ and JDBC failures become plain JDK
 * exceptions: no jOOQ type crosses a port, and no database message (which may quote an email) is
 * passed on.
 */
final class Db {
  private final DSLContext dsl;
  private final Vendor vendor;

  Db(DSLContext dsl, Vendor vendor) {
    this.dsl = dsl;
    this.vendor = vendor;
  }

  Vendor vendor() {
    return vendor;
  }

  /** Runs {@code work} in one transaction, committed when it returns. */
  <T> T tx(String what, Function<DSLContext, T> work) {
    return translate(what, () -> dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
  }

  /** Runs {@code work} outside an explicit transaction (single statements, reads). */
  <T> T read(String what, Function<DSLContext, T> work) {
    return translate(what, () -> work.apply(dsl));
  }

  static <T> T translate(String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (IntegrityConstraintViolationException e) {
      throw new IllegalArgumentException(
          what + " breaks a store constraint (SQLState " + e.sqlState() + ")");
    } catch (DataAccessException e) {
      if (unreachable(e)) {
        throw new StoreUnavailableException(
            what + ": Mork's store is unreachable (SQLState " + e.sqlState() + ")");
      }
      throw new IllegalStateException(
          what + " failed in Mork's store (SQLState " + e.sqlState() + ")");
    }
  }

  /**
   * A lost or refused connection (pool timeout, SQLState class 08, PostgreSQL's {@code 57P01..03}
   * shutdown codes) rather than a fault of the statement.
   */
  static boolean unreachable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
    }
    return false;
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

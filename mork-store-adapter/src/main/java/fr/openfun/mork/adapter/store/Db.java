package fr.openfun.mork.adapter.store;

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
      throw new IllegalStateException(
          what + " failed in Mork's store (SQLState " + e.sqlState() + ")");
    }
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

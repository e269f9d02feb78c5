package fr.openfun.mork.adapter.edx;

import java.sql.SQLException;

/** A JDBC error met while reading a result set ourselves; translated at the port. */
final class UncheckedSqlException extends RuntimeException {
  UncheckedSqlException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}

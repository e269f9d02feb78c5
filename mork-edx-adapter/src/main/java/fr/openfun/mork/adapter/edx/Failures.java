package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.Pii;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells passing faults (connection lost or killed, lock timeout, deadlock) from lasting ones. */
final class Failures {
  // lock wait timeout, deadlock, server gone, lost connection, MariaDB "connection was killed"
  private static final Set<Integer> TRANSIENT_CODES = Set.of(1205, 1213, 2006, 2013, 1927, 1317);

  private Failures() {}

  static ErasureOutcome.Failed of(Throwable error) {
    return of(error, List.of());
  }

  /**
   * The failure, its reason free of the personal data of the users it was about: a database's
   * message may quote values (a trigger's text, a duplicate key), so their emails and usernames are
   * masked, and any other email too.
   */
  static ErasureOutcome.Failed of(Throwable error, Collection<ErasureRequest> about) {
    String reason = describe(error);
    for (ErasureRequest request : about) {
      reason = mask(reason, request.email(), Pii.maskEmail(request.email()));
      reason = mask(reason, request.username(), Pii.maskUsername(request.username()));
    }
    return new ErasureOutcome.Failed(kind(error), Pii.scrub(reason));
  }

  private static String mask(String text, String value, String masked) {
    if (value.isBlank()) {
      return text;
    }
    return Pattern.compile(
            "(?<![\\w.@+-])" + Pattern.quote(value) + "(?![\\w.@+-])", Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .replaceAll(Matcher.quoteReplacement(masked));
  }

  static FailureKind kind(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (connectionClass(t)
          || (t instanceof SQLTransientException && !isConnectionType(t))
          || t instanceof SQLRecoverableException) {
        return FailureKind.TRANSIENT;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("40")
            || state.equals("70100")
            || TRANSIENT_CODES.contains(sql.getErrorCode())) {
          return FailureKind.TRANSIENT;
        }
      }
    }
    return FailureKind.PERMANENT;
  }

  /**
   * True when the database itself could not be reached or dropped the connection (pool timeout,
   * refused or lost connection, SQLState class 08), as opposed to a fault of one statement.
   */
  static boolean unreachable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (connectionClass(t)) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08") || sql.getErrorCode() == 2006 || sql.getErrorCode() == 2013) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A connection exception that really is about the connection. MariaDB Connector/J also reports a
   * trigger's {@code SIGNAL SQLSTATE '45000'} (a legal hold, say: a fault of one user's erasure) as
   * a {@link SQLTransientConnectionException}, so the type alone is not trusted when the SQLState
   * names another class than 08; Hikari's pool timeout carries no SQLState, or 08.
   */
  private static boolean connectionClass(Throwable t) {
    if (!isConnectionType(t)) {
      return false;
    }
    String state = ((SQLException) t).getSQLState();
    return state == null || state.isEmpty() || state.startsWith("08");
  }

  private static boolean isConnectionType(Throwable t) {
    return t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException;
  }

  /** The innermost SQL message: it names tables and constraints, and sometimes quotes values. */
  private static String describe(Throwable error) {
    Throwable deepest = error;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        deepest = t;
      }
    }
    String message =
        deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}

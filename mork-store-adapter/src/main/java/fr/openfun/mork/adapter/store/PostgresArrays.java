package fr.openfun.mork.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * Many rows written by one PostgreSQL statement that reads its values from arrays ({@code
 * unnest(?::bigint[], ...)}): one statement and one execution on the server, where a JDBC batch
 * executes one statement per row. Each column is one array parameter (a bind value, never text of
 * the SQL); timestamps travel as ISO-8601 text cast by the statement.
 */
final class PostgresArrays {
  private PostgresArrays() {}

  static boolean supported(DSLContext tx) {
    return tx.dialect().family() == SQLDialect.POSTGRES;
  }

  /** One array column: its element type as PostgreSQL names it, and each row's value. */
  record Column<T>(String type, Function<T, Object> value) {
    static <T> Column<T> of(String type, Function<T, Object> value) {
      return new Column<>(type, value);
    }

    static <T> Column<T> instant(Function<T, Instant> value) {
      return new Column<>(
          "text",
          row -> {
            Instant at = value.apply(row);
            return at == null ? null : at.toString();
          });
    }
  }

  /** Runs {@code sql} in the caller's transaction, its parameters being the columns' arrays. */
  static <T> int execute(DSLContext tx, String sql, List<T> rows, List<Column<T>> columns) {
    return tx.connectionResult(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
              ps.setArray(i + 1, array(c, columns.get(i), rows));
            }
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw new DataAccessException("writing " + rows.size() + " rows", e);
          }
        });
  }

  private static <T> java.sql.Array array(Connection c, Column<T> column, List<T> rows)
      throws SQLException {
    Object[] values = new Object[rows.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = column.value().apply(rows.get(i));
    }
    return c.createArrayOf(column.type(), values);
  }
}

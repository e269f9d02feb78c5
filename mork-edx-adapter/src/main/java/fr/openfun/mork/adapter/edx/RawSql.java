package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * Plain JDBC on the transaction's connection for the statements erasure sends per batch (collect,
 * probe, writes), whose jOOQ rendering of hundreds of key values cost more than the server's work.
 * Identifiers are quoted by jOOQ for the dialect; whole numbers of Java integer types are written
 * into the SQL text (their text is digits and a sign, nothing else), every other value (emails,
 * anonymous ids, anonymize values) is a bind value. The jOOQ query timeout applies here too.
 */
final class RawSql {
  private final DSLContext tx;
  private final Map<String, String> quoted = new HashMap<>();
  private final int timeout;

  RawSql(DSLContext tx) {
    this.tx = tx;
    Integer seconds = tx.settings().getQueryTimeout();
    this.timeout = seconds == null ? 0 : seconds;
  }

  /** A table or column name, quoted for the dialect. */
  String q(String identifier) {
    return quoted.computeIfAbsent(identifier, i -> tx.render(name(i)));
  }

  /** A column cast to text for the dialect. */
  String text(String column) {
    return quoted.computeIfAbsent(
        "text:" + column, c -> tx.render(field(name(column)).cast(SQLDataType.VARCHAR(255))));
  }

  /** {@code a} or {@code (a, b)}: columns written "a" or "a,b". */
  String columns(String columns) {
    List<String> names = Arrays.stream(columns.split(",")).map(this::q).toList();
    return names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")";
  }

  /** Appends {@code columns IN (...)} for these keys (never empty), binds added in order. */
  void in(StringBuilder sql, String columns, Collection<List<Object>> keys, List<Object> binds) {
    sql.append(columns(columns)).append(" IN (");
    boolean first = true;
    for (List<Object> key : keys) {
      sql.append(first ? "" : ", ").append(key.size() > 1 ? "(" : "");
      for (int i = 0; i < key.size(); i++) {
        sql.append(i == 0 ? "" : ", ");
        Keys.value(sql, key.get(i), binds);
      }
      sql.append(key.size() > 1 ? ")" : "");
      first = false;
    }
    sql.append(')');
  }

  /** The rows of a query, {@code width} values each ({@code getObject}, as jOOQ reads them). */
  List<Object[]> select(String sql, List<Object> binds, int width) {
    return run(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            ResultSet rs = ps.executeQuery();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
              Object[] row = new Object[width];
              for (int i = 0; i < width; i++) {
                row[i] = rs.getObject(i + 1);
              }
              rows.add(row);
            }
            return rows;
          }
        });
  }

  /** Rows touched by one statement with bind values. */
  int update(String sql, List<Object> binds) {
    return run(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            return ps.executeUpdate();
          }
        });
  }

  /** Rows touched by each statement of a batch of statements without bind values. */
  int[] batch(List<String> sqls) {
    return run(
        c -> {
          try (Statement st = c.createStatement()) {
            st.setQueryTimeout(timeout);
            for (String sql : sqls) {
              st.addBatch(sql);
            }
            return st.executeBatch();
          }
        });
  }

  private void bind(PreparedStatement ps, List<Object> binds) throws SQLException {
    ps.setQueryTimeout(timeout);
    for (int i = 0; i < binds.size(); i++) {
      ps.setObject(i + 1, binds.get(i));
    }
  }

  private interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  private <T> T run(Work<T> work) {
    return tx.connectionResult(
        c -> {
          try {
            return work.on(c);
          } catch (SQLException e) {
            throw new UncheckedSqlException(e);
          }
        });
  }
}

package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Key values of rows (one value, or several for a composite key) and the SQL that matches them. */
final class Keys {
  static final int CHUNK = 1000;

  private Keys() {}

  static Table<Record> table(String table) {
    return DSL.table(name(table));
  }

  static List<Field<Object>> fields(String columns) {
    return Arrays.stream(columns.split(",")).map(c -> field(name(c))).toList();
  }

  /** {@code column IN (...)} or {@code (a, b) IN ((...), ...)}; NULL keys never match. */
  static Condition in(String columns, Collection<List<Object>> keys) {
    List<Field<Object>> fields = fields(columns);
    if (keys.isEmpty()) {
      return DSL.falseCondition();
    }
    if (fields.size() == 1) {
      return fields.get(0).in(keys.stream().map(k -> k.get(0)).toList());
    }
    RowN row = DSL.row(fields);
    return row.in(keys.stream().map(k -> DSL.row(k.toArray())).toList());
  }

  /** Whether every value of these keys is a number (safe to inline in a batched statement). */
  static boolean numeric(Collection<List<Object>> keys) {
    for (List<Object> key : keys) {
      for (Object v : key) {
        if (!(v instanceof Number)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Appends one value: inline when a whole number, else a bind marker. */
  static void value(StringBuilder sql, Object v, List<Object> binds) {
    if (integral(v)) {
      sql.append(v);
    } else {
      sql.append('?');
      binds.add(v);
    }
  }

  static boolean integral(Object v) {
    return v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger;
  }

  static <T> List<List<T>> chunks(Collection<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> current = new ArrayList<>(CHUNK);
    for (T t : all) {
      current.add(t);
      if (current.size() == CHUNK) {
        chunks.add(current);
        current = new ArrayList<>(CHUNK);
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** The key of a fetched row over the given columns, empty when any part is NULL. */
  static List<Object> key(Object[] row, int from, int count) {
    List<Object> key = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      if (row[i] == null) {
        return List.of();
      }
      key.add(row[i]);
    }
    return key;
  }
}

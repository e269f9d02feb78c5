package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The plan's writes, in order, inside the caller's transaction, through {@link RawSql}. Statements
 * whose values are all whole numbers (ids) go to the server as one JDBC batch with the numbers
 * inlined; a statement carrying text (an email, an anonymous id, an anonymize value) is sent on its
 * own with bind values, after the batch before it. Rows touched are counted per table; rows
 * reassigned to the retired placeholder under {@link RetiredPlaceholder#countKey}.
 */
final class PlanWrites {
  private final RawSql sql;
  private final Map<String, Long> counts;
  private final List<String> pending = new ArrayList<>();
  private final List<String> pendingTables = new ArrayList<>();
  private final OptionalLong retired;

  /** {@code retired}: the placeholder's id that reassign steps write (empty: none may run). */
  PlanWrites(RawSql sql, Map<String, Long> counts, OptionalLong retired) {
    this.sql = sql;
    this.counts = counts;
    this.retired = retired;
  }

  void update(PlanStep s, Collection<List<Object>> keys) {
    for (List<List<Object>> chunk : Keys.chunks(keys)) {
      List<Object> binds = new ArrayList<>();
      StringBuilder q = new StringBuilder("UPDATE ").append(sql.q(s.table())).append(" SET ");
      String counted = s.table();
      if (s.action() == PlanAction.REASSIGN) {
        long id =
            retired.orElseThrow(
                () -> new IllegalStateException("no retired placeholder for " + s.edge()));
        q.append(sql.q(s.column())).append(" = ").append(id);
        counted = RetiredPlaceholder.countKey(s.table());
      } else if (s.action() == PlanAction.SET_NULL) {
        List<String> set = new ArrayList<>();
        for (String c : s.column().split(",")) {
          set.add(sql.q(c) + " = NULL");
        }
        q.append(String.join(", ", set));
      } else {
        boolean first = true;
        for (Map.Entry<String, Optional<String>> e : s.anonymizeWith().entrySet()) {
          q.append(first ? "" : ", ").append(sql.q(e.getKey())).append(" = ");
          e.getValue().ifPresentOrElse(v -> q.append('?'), () -> q.append("NULL"));
          e.getValue().ifPresent(binds::add);
          first = false;
        }
      }
      add(counted, where(q, s.column(), chunk, binds), binds);
    }
  }

  void delete(String table, String column, Collection<List<Object>> keys) {
    for (List<List<Object>> chunk : Keys.chunks(keys)) {
      List<Object> binds = new ArrayList<>();
      StringBuilder q = new StringBuilder("DELETE FROM ").append(sql.q(table));
      add(table, where(q, column, chunk, binds), binds);
    }
  }

  private String where(
      StringBuilder q, String column, List<List<Object>> keys, List<Object> binds) {
    q.append(" WHERE ");
    sql.in(q, column, keys, binds);
    return q.toString();
  }

  private void add(String table, String statement, List<Object> binds) {
    if (binds.isEmpty()) {
      pending.add(statement);
      pendingTables.add(table);
    } else {
      flush();
      counts.merge(table, (long) sql.update(statement, binds), Long::sum);
    }
  }

  /** Sends the pending statements as one batch. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    int[] done = sql.batch(pending);
    for (int i = 0; i < done.length; i++) {
      counts.merge(pendingTables.get(i), (long) Math.max(0, done[i]), Long::sum);
    }
    pending.clear();
    pendingTables.clear();
  }
}

package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The plan's writes, in order, inside the caller's transaction. Statements whose values are all
 * numbers (ids) go to the server as one JDBC batch, a single round trip on MariaDB, with the
 * numbers inlined; a statement carrying text (an email, an anonymous id, an anonymize value) is
 * sent on its own with bind values, after the batch before it. Rows touched are counted per table.
 */
final class PlanWrites {
  private final DSLContext tx;
  private final Map<String, Long> counts;
  private final List<Query> pending = new ArrayList<>();
  private final List<String> pendingTables = new ArrayList<>();

  PlanWrites(DSLContext tx, Map<String, Long> counts) {
    this.tx = tx;
    this.counts = counts;
  }

  void update(PlanStep s, Collection<List<Object>> keys) {
    for (List<List<Object>> chunk : Keys.chunks(keys)) {
      Query q =
          tx.update(Keys.table(s.table())).set(assignments(s)).where(Keys.in(s.column(), chunk));
      add(s.table(), q, s.action() == PlanAction.SET_NULL && Keys.numeric(chunk));
    }
  }

  void delete(String table, String column, Collection<List<Object>> keys) {
    for (List<List<Object>> chunk : Keys.chunks(keys)) {
      add(
          table,
          tx.deleteFrom(Keys.table(table)).where(Keys.in(column, chunk)),
          Keys.numeric(chunk));
    }
  }

  private void add(String table, Query q, boolean numeric) {
    if (numeric) {
      pending.add(q);
      pendingTables.add(table);
    } else {
      flush();
      counts.merge(table, (long) q.execute(), Long::sum);
    }
  }

  /** Sends the pending numeric statements as one batch. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    int[] done = tx.batch(pending).execute();
    for (int i = 0; i < done.length; i++) {
      counts.merge(pendingTables.get(i), (long) Math.max(0, done[i]), Long::sum);
    }
    pending.clear();
    pendingTables.clear();
  }

  private static Map<Field<Object>, Object> assignments(PlanStep s) {
    Map<Field<Object>, Object> set = new HashMap<>();
    if (s.action() == PlanAction.SET_NULL) {
      Keys.fields(s.column()).forEach(f -> set.put(f, DSL.inline((Object) null)));
    } else {
      s.anonymizeWith()
          .forEach(
              (c, v) ->
                  set.put(
                      field(name(c)), v.<Object>map(DSL::val).orElse(DSL.inline((Object) null))));
    }
    return set;
  }
}

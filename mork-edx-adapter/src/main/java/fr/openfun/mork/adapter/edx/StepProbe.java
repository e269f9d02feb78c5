package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.function.Function;

/**
 * Which write steps have rows to touch, asked in one round trip: a UNION ALL of one {@code SELECT n
 * WHERE EXISTS (...)} branch per step and chunk of parent keys. A step whose table holds no row for
 * the batch (most steps of an edX plan, for most users) then costs no statement at all.
 */
final class StepProbe {
  private StepProbe() {}

  /** The steps among {@code steps} with (possibly) a row matching their parent keys. */
  static Set<PlanStep> withRows(
      RawSql sql, List<PlanStep> steps, Function<PlanStep, Set<List<Object>>> parentKeys) {
    List<PlanStep> branches = new ArrayList<>();
    List<Object> binds = new ArrayList<>();
    StringBuilder union = new StringBuilder();
    for (PlanStep s : steps) {
      for (List<List<Object>> chunk : Keys.chunks(parentKeys.apply(s))) {
        union.append(branches.isEmpty() ? "" : " UNION ALL ");
        branch(sql, union, branches.size(), "", s, chunk, binds);
        branches.add(s);
      }
    }
    Set<PlanStep> found = new HashSet<>();
    if (!branches.isEmpty()) {
      for (Object[] row : sql.select(union.toString(), binds, 1)) {
        found.add(branches.get(((Number) row[0]).intValue()));
      }
    }
    return found;
  }

  /** Appends {@code SELECT n<tail> WHERE EXISTS (...)}, true when the step may have rows. */
  static void branch(
      RawSql sql,
      StringBuilder q,
      int n,
      String tail,
      PlanStep s,
      List<List<Object>> keys,
      List<Object> binds) {
    q.append("SELECT ").append(n).append(tail).append(" WHERE EXISTS (SELECT 1 FROM ");
    q.append(sql.q(s.table())).append(" WHERE ");
    around(sql, q, s.column(), keys, binds);
    q.append(')');
  }

  /**
   * For one integer column, the range from the least to the greatest key: one index dive instead of
   * one per key, exact when the table has no row in that range (the case this probe is for), and a
   * harmless false positive otherwise (the write then matches only the batch's rows, or none).
   * Other keys are matched exactly.
   */
  private static void around(
      RawSql sql, StringBuilder q, String column, List<List<Object>> keys, List<Object> binds) {
    if (column.contains(",")
        || !keys.stream().allMatch(k -> k.get(0) instanceof Long || k.get(0) instanceof Integer)) {
      sql.in(q, column, keys, binds);
      return;
    }
    LongSummaryStatistics range =
        keys.stream().mapToLong(k -> ((Number) k.get(0)).longValue()).summaryStatistics();
    q.append(sql.q(column)).append(" BETWEEN ").append(range.getMin());
    q.append(" AND ").append(range.getMax());
  }
}

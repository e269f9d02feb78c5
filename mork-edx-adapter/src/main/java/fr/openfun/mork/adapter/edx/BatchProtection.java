package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which users of a batch are protected, with one query for the whole batch: a UNION ALL of one
 * branch per protect step {@linkplain PlanRun#checkedUpFront rooted at} {@code auth_user}, each
 * returning the step's number and the matching user values (cast to text, so that the branches line
 * up whatever the column types). Other protect steps are left to the deep check. The same query
 * also {@linkplain StepProbe probes} the write steps rooted at {@code auth_user}, so that those
 * whose table holds no row for the batch are neither collected nor written.
 */
final class BatchProtection {
  private BatchProtection() {}

  static Map<Long, List<String>> byUser(
      PlanRun run, DeletionPlan plan, LockedUsers locked, Collection<Long> ids) {
    RawSql sql = run.sql();
    List<PlanStep> steps = plan.steps().stream().filter(PlanRun::checkedUpFront).toList();
    List<PlanStep> probes =
        plan.steps().stream()
            .filter(s -> s.parentTable().equals(EdgeCollector.ROOT))
            .filter(s -> s.action() != PlanAction.PROTECT && s.action() != PlanAction.IGNORE)
            .toList();
    List<PlanStep> branches = new ArrayList<>(steps);
    List<Object> binds = new ArrayList<>();
    StringBuilder union = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      PlanStep s = steps.get(i);
      for (List<List<Object>> chunk : Keys.chunks(locked.keys(ids, s.parentColumn()))) {
        union.append(union.isEmpty() ? "" : " UNION ALL ").append("SELECT DISTINCT ").append(i);
        union.append(", ").append(sql.text(s.column())).append(" FROM ").append(sql.q(s.table()));
        union.append(" WHERE ");
        sql.in(union, s.column(), chunk, binds);
      }
    }
    for (PlanStep s : probes) {
      for (List<List<Object>> chunk : Keys.chunks(locked.keys(ids, s.parentColumn()))) {
        union.append(union.isEmpty() ? "" : " UNION ALL ");
        StepProbe.branch(sql, union, branches.size(), ", NULL", s, chunk, binds);
        branches.add(s);
      }
    }
    Map<Long, List<String>> protecting = new HashMap<>();
    Set<PlanStep> found = new HashSet<>();
    List<Object[]> rows = union.isEmpty() ? List.of() : sql.select(union.toString(), binds, 2);
    for (Object[] row : rows) {
      int n = ((Number) row[0]).intValue();
      if (n >= steps.size()) {
        found.add(branches.get(n));
        continue;
      }
      PlanStep s = steps.get(n);
      for (long id : ids) {
        boolean matches =
            locked
                .value(id, s.parentColumn())
                .map(v -> normalize(v).equals(normalize(row[1])))
                .orElse(false);
        List<String> tables = protecting.computeIfAbsent(id, k -> new ArrayList<>());
        if (matches && !tables.contains(s.table())) {
          tables.add(s.table());
        }
      }
    }
    run.keys().probed(probes, found);
    protecting.values().removeIf(List::isEmpty);
    return protecting;
  }

  // edX compares emails and usernames case-insensitively; ids come back as text here
  private static String normalize(Object value) {
    return String.valueOf(value).toLowerCase(Locale.ROOT);
  }
}

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
import java.util.function.Function;

/**
 * Which users of a batch are protected, with one query for the whole batch: a UNION ALL of one
 * branch per protect step {@linkplain PlanRun#checkedUpFront rooted at} {@code auth_user}, each
 * returning the step's number and the matching user values (cast to text, so that the branches line
 * up whatever the column types). Other protect steps are left to the deep check. The same query
 * also {@linkplain StepProbe probes} the write steps rooted at {@code auth_user}, so that those
 * whose table holds no row for the batch are neither collected nor written, and carries the first
 * level of the {@linkplain CollectedKeys key collection} (the tables hanging from {@code auth_user}
 * alone), read for every locked user: one round trip less. When some user is then set aside, that
 * level is read again for the others.
 */
final class BatchProtection {
  private BatchProtection() {}

  static Map<Long, List<String>> byUser(
      PlanRun run, DeletionPlan plan, LockedUsers locked, Collection<Long> ids) {
    RawSql sql = run.sql();
    CollectedKeys keys = run.keys();
    LevelQuery level = keys.firstLevel(ids, locked, 1);
    List<PlanStep> steps = plan.steps().stream().filter(PlanRun::checkedUpFront).toList();
    List<PlanStep> probes =
        plan.steps().stream()
            .filter(s -> s.parentTable().equals(EdgeCollector.ROOT))
            .filter(s -> s.action() != PlanAction.PROTECT && s.action() != PlanAction.IGNORE)
            .filter(s -> !keys.inFirstLevel(s))
            .toList();
    int first = level.size();
    List<PlanStep> branches = new ArrayList<>(steps);
    List<Object> binds = new ArrayList<>(level.binds());
    StringBuilder union = new StringBuilder(level.sql());
    String padding = level.padding();
    Map<String, Set<List<Object>>> byColumn = new HashMap<>();
    Function<PlanStep, Set<List<Object>>> keysOf =
        s -> byColumn.computeIfAbsent(s.parentColumn(), c -> locked.keys(ids, c));
    for (int i = 0; i < steps.size(); i++) {
      PlanStep s = steps.get(i);
      for (List<List<Object>> chunk : Keys.chunks(keysOf.apply(s))) {
        union.append(union.isEmpty() ? "" : " UNION ALL ").append("SELECT DISTINCT ");
        union.append(first + i).append(", ").append(sql.text(s.column())).append(padding);
        union.append(" FROM ").append(sql.q(s.table())).append(" WHERE ");
        sql.in(union, s.column(), chunk, binds);
      }
    }
    for (PlanStep s : probes) {
      for (List<List<Object>> chunk : Keys.chunks(keysOf.apply(s))) {
        union.append(union.isEmpty() ? "" : " UNION ALL ");
        StepProbe.branch(sql, union, first + branches.size(), ", NULL" + padding, s, chunk, binds);
        branches.add(s);
      }
    }
    Map<Long, List<String>> protecting = new HashMap<>();
    Set<PlanStep> found = new HashSet<>();
    List<Object[]> rows =
        union.isEmpty() ? List.of() : sql.select(union.toString(), binds, level.columns());
    for (Object[] row : rows) {
      int n = ((Number) row[0]).intValue();
      if (n < first) {
        keys.read(level, n, row);
        continue;
      }
      n -= first;
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
    keys.probed(probes, found);
    protecting.values().removeIf(List::isEmpty);
    return protecting;
  }

  // edX compares emails and usernames case-insensitively; ids come back as text here
  private static String normalize(Object value) {
    return String.valueOf(value).toLowerCase(Locale.ROOT);
  }
}

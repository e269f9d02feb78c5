package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The dry run: counts, after {@link PlanRun#collect}, the rows an erasure would touch. */
final class PlanPreview {
  private PlanPreview() {}

  /** What {@link PlanRun#execute} would touch, counted read-only (rows deleted once per table). */
  static Map<String, Long> count(
      DSLContext tx, DeletionPlan plan, PlanRun run, Collection<Long> userIds) {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Condition> deleted = new TreeMap<>();
    for (PlanStep s : plan.steps()) {
      Condition match = Keys.in(s.column(), run.parentKeys(s));
      switch (s.action()) {
        case SET_NULL, ANONYMIZE ->
            counts.merge(s.table(), (long) tx.fetchCount(Keys.table(s.table()), match), Long::sum);
        case REASSIGN ->
            counts.merge(
                RetiredPlaceholder.countKey(s.table()),
                (long) tx.fetchCount(Keys.table(s.table()), match),
                Long::sum);
        case DELETE -> deleted.merge(s.table(), match, Condition::or);
        case PROTECT, IGNORE -> {}
      }
    }
    deleted.forEach((t, c) -> counts.merge(t, (long) tx.fetchCount(Keys.table(t), c), Long::sum));
    counts.merge(
        EdgeCollector.ROOT,
        (long) tx.fetchCount(AuthUser.TABLE, AuthUser.ID.in(userIds)),
        Long::sum);
    counts.values().removeIf(n -> n == 0);
    return counts;
  }
}

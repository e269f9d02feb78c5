package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectDistinct;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;

/**
 * Which users of a batch are protected, with one query for the whole batch: a UNION ALL of one
 * branch per protect step {@linkplain PlanRun#checkedUpFront rooted at} {@code auth_user}, each
 * returning the step's number and the matching user values (cast to text, so that the branches line
 * up whatever the column types). Other protect steps are left to the deep check.
 */
final class BatchProtection {
  private BatchProtection() {}

  static Map<Long, List<String>> byUser(
      DSLContext tx, DeletionPlan plan, LockedUsers locked, Collection<Long> ids) {
    List<PlanStep> steps = plan.steps().stream().filter(PlanRun::checkedUpFront).toList();
    Select<Record2<Integer, String>> union = null;
    for (int i = 0; i < steps.size(); i++) {
      PlanStep s = steps.get(i);
      List<List<Object>> values = List.copyOf(locked.keys(ids, s.parentColumn()));
      Field<Object> column = field(name(s.column()));
      for (List<List<Object>> chunk : Keys.chunks(values)) {
        Select<Record2<Integer, String>> branch =
            selectDistinct(inline(i), column.cast(SQLDataType.VARCHAR(255)))
                .from(Keys.table(s.table()))
                .where(Keys.in(s.column(), chunk));
        union = union == null ? branch : union.unionAll(branch);
      }
    }
    if (union == null) {
      return Map.of();
    }
    Map<Long, List<String>> protecting = new HashMap<>();
    for (Record2<Integer, String> found : tx.fetch(union)) {
      PlanStep s = steps.get(found.value1());
      for (long id : ids) {
        boolean matches =
            locked
                .value(id, s.parentColumn())
                .map(v -> normalize(v).equals(normalize(found.value2())))
                .orElse(false);
        List<String> tables = protecting.computeIfAbsent(id, k -> new ArrayList<>());
        if (matches && !tables.contains(s.table())) {
          tables.add(s.table());
        }
      }
    }
    protecting.values().removeIf(List::isEmpty);
    return protecting;
  }

  // edX compares emails and usernames case-insensitively; ids come back as text here
  private static String normalize(Object value) {
    return String.valueOf(value).toLowerCase(Locale.ROOT);
  }
}

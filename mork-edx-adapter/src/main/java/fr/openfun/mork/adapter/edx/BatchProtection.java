package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Which users of a batch are protected, with one query per protect step rooted at {@code auth_user}
 * (instead of one per user). Composite-key protect steps are left to the deep check.
 */
final class BatchProtection {
  private BatchProtection() {}

  static Map<Long, List<String>> byUser(DSLContext tx, DeletionPlan plan, Collection<Long> ids) {
    List<PlanStep> steps =
        plan.steps().stream()
            .filter(
                s -> s.action() == PlanAction.PROTECT && s.parentTable().equals(EdgeCollector.ROOT))
            .filter(s -> !s.column().contains(","))
            .toList();
    if (steps.isEmpty() || ids.isEmpty()) {
      return Map.of();
    }
    Set<String> columns = new LinkedHashSet<>(List.of("id"));
    steps.forEach(s -> columns.add(s.parentColumn()));
    List<Field<Object>> fields = columns.stream().map(c -> field(name(c))).toList();
    Map<String, Map<Object, List<Long>>> usersByValue = new HashMap<>();
    for (Record r : tx.select(fields).from(AuthUser.TABLE).where(AuthUser.ID.in(ids)).fetch()) {
      long id = ((Number) r.get(0)).longValue();
      for (int i = 0; i < fields.size(); i++) {
        usersByValue
            .computeIfAbsent(fields.get(i).getName(), k -> new HashMap<>())
            .computeIfAbsent(normalize(r.get(i)), k -> new ArrayList<>())
            .add(id);
      }
    }
    Map<Long, List<String>> protecting = new HashMap<>();
    for (PlanStep s : steps) {
      Map<Object, List<Long>> users = usersByValue.getOrDefault(s.parentColumn(), Map.of());
      List<List<Object>> keys = users.keySet().stream().map(v -> List.of(v)).toList();
      for (List<List<Object>> chunk : Keys.chunks(keys)) {
        for (Object found :
            tx.selectDistinct(field(name(s.column())))
                .from(Keys.table(s.table()))
                .where(Keys.in(s.column(), chunk))
                .fetch(0)) {
          for (long id : users.getOrDefault(normalize(found), List.of())) {
            List<String> tables = protecting.computeIfAbsent(id, k -> new ArrayList<>());
            if (!tables.contains(s.table())) {
              tables.add(s.table());
            }
          }
        }
      }
    }
    return protecting;
  }

  // edX compares emails and usernames case-insensitively; ids come back as Integer or Long
  private static Object normalize(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value instanceof String s ? s.toLowerCase(Locale.ROOT) : value;
  }
}

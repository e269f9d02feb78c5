package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * One query telling which protecting tables hold rows of a user: a UNION ALL of {@code SELECT
 * 'table' WHERE EXISTS (...)}, one branch per protect step {@linkplain PlanRun#checkedUpFront
 * rooted at} {@code auth_user}.
 */
final class ProtectionCheck {
  private ProtectionCheck() {}

  static List<String> tables(DSLContext tx, DeletionPlan plan, long userId) {
    Select<org.jooq.Record1<String>> union = null;
    for (PlanStep s : plan.steps()) {
      if (!PlanRun.checkedUpFront(s)) {
        continue;
      }
      Field<Object> parent = DSL.field(DSL.name(EdgeCollector.ROOT, s.parentColumn()));
      Select<org.jooq.Record1<String>> branch =
          select(inline(s.table()))
              .whereExists(
                  selectOne()
                      .from(Keys.table(s.table()))
                      .where(
                          DSL.field(DSL.name(s.table(), s.column()))
                              .in(
                                  select(parent)
                                      .from(AuthUser.TABLE)
                                      .where(AuthUser.ID.eq(userId)))));
      union = union == null ? branch : union.unionAll(branch);
    }
    return union == null
        ? List.of()
        : tx.fetch(union).map(r -> r.value1()).stream().distinct().toList();
  }
}

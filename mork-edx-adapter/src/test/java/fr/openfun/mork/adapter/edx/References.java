package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks on seeded rows after an erasure. */
final class References {
  private References() {}

  /**
   * Edges still holding a key of the owner: every column that referenced them (by foreign key or
   * rule, at any depth) must now be empty of their keys, except protect/ignore edges.
   */
  static List<String> remaining(TestMariaDb db, DeletionPlan plan, UserRowsSeeder.Owner owner) {
    List<String> left = new ArrayList<>();
    for (PlanStep s : plan.steps()) {
      if (s.action() == PlanAction.PROTECT
          || s.action() == PlanAction.IGNORE
          || s.column().contains(",")) {
        continue;
      }
      Map<String, Object> parent = owner.rows.get(s.parentTable());
      if (parent == null
          || parent.get(s.parentColumn()) == null
          || !ownedBy(s.parentTable(), owner)) {
        continue;
      }
      Object key = parent.get(s.parentColumn());
      if (!s.parentTable().equals("auth_user")
          && db.count(
                  "SELECT count(*) FROM `"
                      + s.parentTable()
                      + "` WHERE `"
                      + s.parentColumn()
                      + "` = '"
                      + key.toString().replace("'", "''")
                      + "'")
              > 0) {
        continue; // the parent row was kept (anonymized): its children stay with it
      }
      String sql =
          "SELECT count(*) FROM `"
              + s.table()
              + "` WHERE `"
              + s.column()
              + "` = '"
              + key.toString().replace("'", "''").replace("\\", "\\\\")
              + "'";
      if (db.count(sql) > 0) {
        left.add(s.edge() + " = " + key);
      }
    }
    return left;
  }

  private static boolean ownedBy(String table, UserRowsSeeder.Owner owner) {
    return table.equals("auth_user")
        || owner.fallback == null
        || owner.fallback.rows.get(table) != owner.rows.get(table);
  }

  /** Seeded rows (by id) of the owner that no longer exist. */
  static List<String> missingRows(TestMariaDb db, UserRowsSeeder.Owner owner) {
    List<String> missing = new ArrayList<>();
    owner.rows.forEach(
        (table, values) -> {
          Object id = values.get("id");
          if (id != null
              && db.count("SELECT count(*) FROM `" + table + "` WHERE id = " + id) == 0) {
            missing.add(table + "#" + id);
          }
        });
    return missing;
  }
}

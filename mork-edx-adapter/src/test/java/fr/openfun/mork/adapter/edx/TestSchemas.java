package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.adapter.edx.SchemaModel.Column;
import fr.openfun.mork.adapter.edx.SchemaModel.ForeignKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small in-memory schemas for planner unit tests. */
final class TestSchemas {
  static final String USER = "auth_user:id int!,email varchar!,username varchar!";

  private TestSchemas() {}

  /** Tables given as "name:col int!,col2 varchar?"; ! = NOT NULL, ? = nullable. */
  static SchemaModel schema(List<String> tables, List<ForeignKey> keys) {
    Map<String, Map<String, Column>> all = new LinkedHashMap<>();
    for (String spec : tables) {
      String name = spec.substring(0, spec.indexOf(':'));
      Map<String, Column> cols = new LinkedHashMap<>();
      for (String c : spec.substring(spec.indexOf(':') + 1).split(",")) {
        String[] p = c.trim().split(" ");
        cols.put(
            p[0], new Column(name, p[0], p[1].substring(0, p[1].length() - 1), p[1].endsWith("?")));
      }
      all.put(name, cols);
    }
    return new SchemaModel(all, keys);
  }

  static ForeignKey fk(String table, String column, String parent) {
    return new ForeignKey(table, List.of(column), parent, List.of("id"));
  }
}

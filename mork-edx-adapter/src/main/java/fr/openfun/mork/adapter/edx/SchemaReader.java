package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import fr.openfun.mork.adapter.edx.SchemaModel.Column;
import fr.openfun.mork.adapter.edx.SchemaModel.ForeignKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads the current schema from information_schema in two bulk queries (columns, then foreign
 * keys), whatever the number of tables. MySQL and MariaDB name the referenced table and column in
 * {@code KEY_COLUMN_USAGE}; H2 follows the standard, joining {@code REFERENTIAL_CONSTRAINTS} to the
 * unique constraint's columns.
 */
final class SchemaReader {
  private static final Table<Record> COLUMNS = table(unquotedName("information_schema", "columns"));
  private static final Table<Record> KCU =
      table(unquotedName("information_schema", "key_column_usage"));

  private SchemaReader() {}

  static SchemaModel read(DSLContext dsl, EdxDialect dialect) {
    Field<String> schema =
        dialect.mysqlFamily()
            ? DSL.field("database()", String.class)
            : DSL.field("current_schema", String.class);
    Map<String, Map<String, Column>> tables = new TreeMap<>();
    dsl.select(f("table_name"), f("column_name"), f("data_type"), f("is_nullable"))
        .from(COLUMNS)
        .where(f("table_schema").eq(schema))
        .orderBy(f("table_name"), f("ordinal_position"))
        .fetch()
        .forEach(
            r -> {
              String t = r.get(0, String.class).toLowerCase(java.util.Locale.ROOT);
              String c = r.get(1, String.class).toLowerCase(java.util.Locale.ROOT);
              tables
                  .computeIfAbsent(t, k -> new LinkedHashMap<>())
                  .put(
                      c,
                      new Column(
                          t, c, r.get(2, String.class), "YES".equals(r.get(3, String.class))));
            });
    return new SchemaModel(
        tables, dialect.mysqlFamily() ? mysqlKeys(dsl, schema) : standardKeys(dsl, schema));
  }

  private static List<ForeignKey> mysqlKeys(DSLContext dsl, Field<String> schema) {
    List<Record> rows =
        dsl.select(
                f("constraint_name"),
                f("table_name"),
                f("column_name"),
                f("referenced_table_name"),
                f("referenced_column_name"))
            .from(KCU)
            .where(f("table_schema").eq(schema))
            .and(f("referenced_table_name").isNotNull())
            .orderBy(f("table_name"), f("constraint_name"), f("ordinal_position"))
            .fetch()
            .map(r -> (Record) r);
    return group(rows);
  }

  private static List<ForeignKey> standardKeys(DSLContext dsl, Field<String> schema) {
    Table<Record> rc =
        table(unquotedName("information_schema", "referential_constraints")).as("rc");
    Table<Record> fk = KCU.as("fk");
    Table<Record> uk = KCU.as("uk");
    List<Record> rows =
        dsl.select(
                field(unquotedName("fk", "constraint_name"), String.class),
                field(unquotedName("fk", "table_name"), String.class),
                field(unquotedName("fk", "column_name"), String.class),
                field(unquotedName("uk", "table_name"), String.class),
                field(unquotedName("uk", "column_name"), String.class))
            .from(rc)
            .join(fk)
            .on(
                field(unquotedName("fk", "constraint_schema"))
                    .eq(field(unquotedName("rc", "constraint_schema")))
                    .and(
                        field(unquotedName("fk", "constraint_name"))
                            .eq(field(unquotedName("rc", "constraint_name")))))
            .join(uk)
            .on(
                field(unquotedName("uk", "constraint_schema"))
                    .eq(field(unquotedName("rc", "unique_constraint_schema")))
                    .and(
                        field(unquotedName("uk", "constraint_name"))
                            .eq(field(unquotedName("rc", "unique_constraint_name"))))
                    .and(
                        field(unquotedName("uk", "ordinal_position"))
                            .eq(field(unquotedName("fk", "position_in_unique_constraint")))))
            .where(field(unquotedName("rc", "constraint_schema"), String.class).eq(schema))
            .orderBy(
                field(unquotedName("fk", "table_name")),
                field(unquotedName("fk", "constraint_name")),
                field(unquotedName("fk", "ordinal_position")))
            .fetch()
            .map(r -> (Record) r);
    return group(rows);
  }

  private static List<ForeignKey> group(List<Record> rows) {
    Map<String, List<Record>> byConstraint = new LinkedHashMap<>();
    for (Record r : rows) {
      byConstraint
          .computeIfAbsent(
              r.get(1, String.class) + "/" + r.get(0, String.class), k -> new ArrayList<>())
          .add(r);
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (List<Record> parts : byConstraint.values()) {
      Record first = parts.get(0);
      keys.add(
          new ForeignKey(
              lower(first.get(1, String.class)),
              parts.stream().map(p -> lower(p.get(2, String.class))).toList(),
              lower(first.get(3, String.class)),
              parts.stream().map(p -> lower(p.get(4, String.class))).toList()));
    }
    return keys;
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  private static Field<String> f(String column) {
    return field(unquotedName(column), String.class);
  }
}

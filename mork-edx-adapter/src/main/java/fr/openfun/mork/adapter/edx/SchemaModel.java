package fr.openfun.mork.adapter.edx;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tables, columns and foreign keys of the edX database, as read from information_schema. */
record SchemaModel(Map<String, Map<String, Column>> tables, List<ForeignKey> foreignKeys) {

  record Column(String table, String name, String type, boolean nullable) {
    boolean integer() {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      return t.contains("int") || t.equals("numeric") || t.equals("decimal");
    }

    boolean text() {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      return t.contains("char") || t.contains("text");
    }
  }

  /** {@code table(columns) → refTable(refColumns)}; several columns for a composite key. */
  record ForeignKey(String table, List<String> columns, String refTable, List<String> refColumns) {
    ForeignKey {
      columns = List.copyOf(columns);
      refColumns = List.copyOf(refColumns);
    }
  }

  SchemaModel {
    tables = Map.copyOf(tables);
    foreignKeys = List.copyOf(foreignKeys);
  }

  Optional<Column> column(String table, String column) {
    return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(column));
  }

  boolean hasTable(String table) {
    return tables.containsKey(table);
  }
}

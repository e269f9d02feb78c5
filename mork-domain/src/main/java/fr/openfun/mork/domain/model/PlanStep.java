package fr.openfun.mork.domain.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One edge of the edX deletion plan: rows of {@code table} whose {@code column} points at {@code
 * parentTable} (through a foreign key or a configured rule), and what is done with them. Steps run
 * in ascending {@code order}, children before parents. {@code reason} says where the action comes
 * from ({@code default}, {@code configured}, {@code rule}...); {@code anonymizeWith} lists the
 * column values an {@code anonymize} step writes.
 */
public record PlanStep(
    int order,
    String table,
    String column,
    String parentTable,
    String parentColumn,
    PlanAction action,
    boolean foreignKey,
    String reason,
    Map<String, Optional<String>> anonymizeWith) {

  public PlanStep {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(parentTable, "parentTable");
    Objects.requireNonNull(parentColumn, "parentColumn");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    anonymizeWith = Map.copyOf(anonymizeWith);
  }

  /** {@code table.column}, how configuration and reports name an edge. */
  public String edge() {
    return table + "." + column;
  }
}

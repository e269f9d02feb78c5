package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.Map;
import java.util.Optional;

/** An edge being decided: rows of {@code table} whose {@code column} holds a parent key. */
record PlanEdge(
    String table,
    String column,
    String parentTable,
    String parentColumn,
    boolean nullable,
    boolean foreignKey,
    PlanAction action,
    String reason,
    Map<String, Optional<String>> anonymizeWith) {

  PlanEdge {
    anonymizeWith = Map.copyOf(anonymizeWith);
  }

  PlanEdge with(PlanAction newAction, String newReason) {
    return with(newAction, newReason, anonymizeWith);
  }

  PlanEdge with(PlanAction newAction, String newReason, Map<String, Optional<String>> values) {
    return new PlanEdge(
        table,
        column,
        parentTable,
        parentColumn,
        nullable,
        foreignKey,
        newAction,
        newReason,
        values);
  }

  String edge() {
    return table + "." + column;
  }
}

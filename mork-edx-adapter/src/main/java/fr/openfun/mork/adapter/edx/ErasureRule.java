package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a rules file: the action for every user edge of {@code table}, or only for {@code
 * table.column}. {@code ref} names what a column without a foreign key holds ({@code
 * auth_user.email}, {@code student_anonymoususerid.anonymous_user_id}...); {@code set} lists the
 * column values an {@code anonymize} writes (empty = SQL NULL).
 */
public record ErasureRule(
    String table,
    Optional<String> column,
    PlanAction action,
    Optional<String> ref,
    Map<String, Optional<String>> set,
    String source) {

  public ErasureRule {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(source, "source");
    set = Map.copyOf(set);
    if (ref.isPresent() && (column.isEmpty() || !ref.get().contains("."))) {
      throw new IllegalArgumentException(
          source + ": ref=" + ref.get() + " needs a table.column target and a table.column ref");
    }
    if (!set.isEmpty() && action != PlanAction.ANONYMIZE) {
      throw new IllegalArgumentException(source + ": column values only go with anonymize");
    }
  }

  /** {@code table} or {@code table.column}: the key later rules replace. */
  public String target() {
    return column.map(c -> table + "." + c).orElse(table);
  }

  String refTable() {
    return ref.map(r -> r.substring(0, r.indexOf('.'))).orElse("auth_user");
  }

  String refColumn() {
    return ref.map(r -> r.substring(r.indexOf('.') + 1)).orElse("id");
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The erasure benchmarks' baseline: hand-written set-based SQL read from a test resource (one
 * statement per line, {@code --} comments), with {@code :ids} replaced by the batch's user ids and
 * {@code :retired} by the retired placeholder's id. {@link #coverage} tells which write edges of a
 * plan the statements miss or have in excess, so that the baseline is known to do the same job.
 */
final class HandWrittenErasure {
  private static final Pattern TABLE =
      Pattern.compile("^(?:UPDATE (\\w+)|DELETE (?:t )?FROM (\\w+))");
  private static final Pattern JOINED = Pattern.compile(" ON \\w+\\.\\w+ = t\\.(\\w+)");
  private static final Pattern FILTERED = Pattern.compile(" WHERE (\\w+) IN \\(");
  private final List<String> statements;

  private HandWrittenErasure(List<String> statements) {
    this.statements = statements;
  }

  static HandWrittenErasure load(String resource) {
    try {
      return new HandWrittenErasure(
          TestMariaDb.read(resource)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("--"))
              .map(l -> l.endsWith(";") ? l.substring(0, l.length() - 1) : l)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return statements.size();
  }

  /** The statements for these users (numbers only: nothing else is inlined). */
  List<String> forUsers(List<Long> ids, long retired) {
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    return statements.stream()
        .map(s -> s.replace(":ids", list).replace(":retired", Long.toString(retired)))
        .toList();
  }

  /**
   * The write edges ({@code table.column}) of the plan that no statement writes, and the other way
   * round, each prefixed {@code missing:} or {@code extra:}; empty when the baseline matches.
   */
  Set<String> coverage(DeletionPlan plan) {
    Set<String> planned = new TreeSet<>();
    for (PlanStep s : plan.steps()) {
      if (s.action() != PlanAction.IGNORE && s.action() != PlanAction.PROTECT) {
        planned.add(s.edge().split(",")[0]);
      }
    }
    planned.add("auth_user.id");
    Set<String> written = new TreeSet<>();
    for (String sql : statements) {
      written.add(edge(sql));
    }
    Set<String> diff = new TreeSet<>();
    planned.stream().filter(e -> !written.contains(e)).forEach(e -> diff.add("missing: " + e));
    written.stream().filter(e -> !planned.contains(e)).forEach(e -> diff.add("extra: " + e));
    return diff;
  }

  /**
   * The {@code table.column} a statement follows: the target column of its first join, else the
   * column of its {@code WHERE ... IN}.
   */
  static String edge(String sql) {
    Matcher table = TABLE.matcher(sql);
    Matcher column = sql.contains(" JOIN ") ? JOINED.matcher(sql) : FILTERED.matcher(sql);
    if (!table.find() || !column.find()) {
      throw new IllegalArgumentException("not a baseline statement: " + sql);
    }
    return (table.group(1) != null ? table.group(1) : table.group(2)) + "." + column.group(1);
  }
}

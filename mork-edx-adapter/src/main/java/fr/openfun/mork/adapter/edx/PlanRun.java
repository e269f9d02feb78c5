package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Runs the plan for a set of users inside the caller's transaction. First it collects, parents
 * first, the keys of every row that will be deleted (so children are found before their parents go,
 * and MySQL never selects from the table it deletes from); then it applies the updates and the
 * deletions children first, in chunks of key values. Foreign-key checks stay on throughout.
 */
final class PlanRun {
  /** At most this many parent keys, all whole numbers: a step is written without a probe. */
  static final int UNPROBED_KEYS = 16;

  private final DSLContext tx;
  private final DeletionPlan plan;
  private final RawSql sql;
  private final CollectedKeys keys;
  private final OptionalLong retired;

  /** A run that reads, or writes no reassign step (a dry run). */
  PlanRun(DSLContext tx, DeletionPlan plan) {
    this(tx, plan, OptionalLong.empty());
  }

  /** A run whose reassign steps point rows at the {@code retired} placeholder's id. */
  PlanRun(DSLContext tx, DeletionPlan plan, OptionalLong retired) {
    this.tx = tx;
    this.plan = plan;
    this.retired = retired;
    this.sql = new RawSql(tx);
    this.keys = new CollectedKeys(plan, sql);
  }

  /** Collects the keys reachable from these users, reading (not locking) their rows first. */
  void collect(Collection<Long> userIds) {
    collect(userIds, LockedUsers.read(tx, plan, userIds, false));
  }

  /**
   * Collects the keys reachable from these users, whose {@code auth_user} values were already read
   * (locked) with the batch: one query per delete step into a parent table with rows to find.
   */
  void collect(Collection<Long> userIds, LockedUsers locked) {
    keys.collect(userIds, locked);
  }

  Set<List<Object>> parentKeys(PlanStep s) {
    return keys.parentKeys(s);
  }

  RawSql sql() {
    return sql;
  }

  CollectedKeys keys() {
    return keys;
  }

  List<PlanStep> steps(PlanAction action) {
    return plan.steps().stream().filter(s -> s.action() == action).toList();
  }

  /** Protect steps rooted at auth_user on one column: checked before collecting, in one query. */
  static boolean checkedUpFront(PlanStep s) {
    return s.action() == PlanAction.PROTECT
        && s.parentTable().equals(EdgeCollector.ROOT)
        && !s.column().contains(",");
  }

  /**
   * The tables of protect steps with rows for the collected users ({@link #checkedUpFront} too?).
   */
  List<String> protectingTables(boolean upFrontToo) {
    Set<String> tables = new LinkedHashSet<>();
    for (PlanStep s : steps(PlanAction.PROTECT)) {
      if (!upFrontToo && checkedUpFront(s)) {
        continue;
      }
      for (List<List<Object>> chunk : Keys.chunks(parentKeys(s))) {
        if (tx.fetchExists(Keys.table(s.table()), Keys.in(s.column(), chunk))) {
          tables.add(s.table());
        }
      }
    }
    return List.copyOf(tables);
  }

  /**
   * A step with a few whole-number parent keys (one user's) is written without probing it first:
   * its statement rides in the batch of numeric statements and costs the server about what its
   * probe branch would, but no round trip (the probe would be one more, for one user). Text keys
   * would cost a statement of their own each: those steps are still probed.
   */
  private boolean writtenUnprobed(PlanStep s) {
    Set<List<Object>> parents = parentKeys(s);
    return !parents.isEmpty()
        && parents.size() <= UNPROBED_KEYS
        && parents.stream().allMatch(k -> k.stream().allMatch(Keys::integral));
  }

  /**
   * Applies updates, then deletions, then removes the users; rows touched per table. A step whose
   * collection or probe found no row sends no statement.
   */
  Map<String, Long> execute(Collection<Long> userIds) {
    Map<String, Long> counts = new TreeMap<>();
    PlanWrites writes = new PlanWrites(sql, counts, retired);
    List<PlanStep> unknown =
        plan.steps().stream()
            .filter(s -> s.action() != PlanAction.IGNORE && s.action() != PlanAction.PROTECT)
            .filter(s -> !keys.settled(s))
            .toList();
    List<PlanStep> blind = unknown.stream().filter(this::writtenUnprobed).toList();
    List<PlanStep> probed = unknown.stream().filter(s -> !blind.contains(s)).toList();
    keys.probed(blind, Set.copyOf(blind));
    keys.probed(probed, StepProbe.withRows(sql, probed, this::parentKeys));
    for (PlanStep s : plan.steps()) {
      if ((s.action() == PlanAction.SET_NULL
              || s.action() == PlanAction.REASSIGN
              || s.action() == PlanAction.ANONYMIZE)
          && keys.hasRows(s)) {
        writes.update(s, parentKeys(s));
      }
    }
    writes.flush();
    for (PlanStep s : steps(PlanAction.DELETE)) {
      if (keys.hasRows(s)) {
        writes.delete(s.table(), s.column(), parentKeys(s));
      }
    }
    writes.delete(
        EdgeCollector.ROOT, "id", userIds.stream().map(id -> List.<Object>of(id)).toList());
    writes.flush();
    counts.values().removeIf(n -> n == 0);
    return counts;
  }
}

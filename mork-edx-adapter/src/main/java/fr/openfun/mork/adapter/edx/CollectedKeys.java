package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.PlanStep;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of the rows a plan reaches from a set of users, collected parents first, and what is
 * known of each step: whether it was settled (collected or probed) and whether it has rows. A step
 * settled without rows costs no statement afterwards.
 */
final class CollectedKeys {
  private final DeletionPlan plan;
  private final RawSql sql;
  private final Map<String, Set<List<Object>>> keys = new HashMap<>();
  // the plan's own step objects, by identity: a record's hash walks every component each time
  private final Set<PlanStep> settled = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<PlanStep> withRows = Collections.newSetFromMap(new IdentityHashMap<>());
  private final PlanLevels levels;
  private Set<Long> prefetched;

  CollectedKeys(DeletionPlan plan, RawSql sql) {
    this.plan = plan;
    this.sql = sql;
    this.levels = new PlanLevels(plan);
  }

  /** Records a probe: {@code probed} are settled, {@code found} of them may have rows. */
  void probed(Collection<PlanStep> probed, Set<PlanStep> found) {
    settled.addAll(probed);
    withRows.addAll(found);
  }

  boolean settled(PlanStep s) {
    return settled.contains(s);
  }

  boolean hasRows(PlanStep s) {
    return withRows.contains(s);
  }

  /**
   * The first level's query (the tables hanging from {@code auth_user} only) for these users, to
   * ride in the protection query with {@code lead} columns of its own first; its rows go back
   * through {@link #read}. {@link #collect} then starts at the next level when it collects for the
   * same users, and collects the first level again otherwise (some user was set aside).
   */
  LevelQuery firstLevel(Collection<Long> userIds, LockedUsers locked, int lead) {
    seed(userIds, locked);
    prefetched = Set.copyOf(userIds);
    return query(levels.all().isEmpty() ? List.of() : levels.all().get(0), Set.of(), lead);
  }

  /** Takes the keys of a row of {@code level}'s branch {@code n}. */
  void read(LevelQuery level, int n, Object[] row) {
    PlanStep s = level.step(n);
    withRows.add(s);
    level.read(n, row, (columns, key) -> keys.get(slot(s.table(), columns)).add(key));
  }

  /** Whether a step is collected by the first level (its query then tells if it has rows). */
  boolean inFirstLevel(PlanStep s) {
    return !levels.all().isEmpty()
        && s.action() == PlanAction.DELETE
        && levels.all().get(0).contains(s.table());
  }

  /**
   * Collects the keys reachable from these users, whose {@code auth_user} values were already read
   * (locked) with the batch: level by level (a table is ready once the tables its delete steps hang
   * from are collected), one query per level.
   */
  void collect(Collection<Long> userIds, LockedUsers locked) {
    boolean reuse = prefetched != null && prefetched.equals(Set.copyOf(userIds));
    if (prefetched != null && !reuse) {
      forgetFirstLevel();
    }
    seed(userIds, locked);
    Set<String> done = new HashSet<>();
    for (int i = 0; i < levels.all().size(); i++) {
      List<String> level = levels.all().get(i);
      if (i > 0 || !reuse) {
        LevelQuery q = query(level, done, 0);
        if (!q.isEmpty()) {
          for (Object[] row : sql.select(q.sql(), q.binds(), q.columns())) {
            read(q, ((Number) row[0]).intValue(), row);
          }
        }
      }
      done.addAll(level);
    }
  }

  private void seed(Collection<Long> userIds, LockedUsers locked) {
    for (String columns : levels.needed(EdgeCollector.ROOT)) {
      keys.put(slot(EdgeCollector.ROOT, columns), locked.keys(userIds, columns));
    }
  }

  /** The first level was read for more users than are erased: its keys and findings go. */
  private void forgetFirstLevel() {
    for (String table : levels.all().get(0)) {
      levels.needed(table).forEach(c -> keys.remove(slot(table, c)));
    }
    plan.steps().stream()
        .filter(this::inFirstLevel)
        .forEach(
            s -> {
              settled.remove(s);
              withRows.remove(s);
            });
    prefetched = null;
  }

  /**
   * One level's query; it also probes the write steps hanging from tables collected before ({@code
   * done}) that no level collects, so that they need no probe of their own afterwards. Empty when
   * no step of the level has keys to collect.
   */
  private LevelQuery query(List<String> level, Set<String> done, int lead) {
    Map<String, List<String>> needed = new LinkedHashMap<>();
    for (String table : level) {
      List<String> columns = List.copyOf(levels.needed(table));
      needed.put(table, columns);
      columns.forEach(c -> keys.computeIfAbsent(slot(table, c), k -> new HashSet<>()));
    }
    LevelQuery q = new LevelQuery(sql, needed, lead);
    List<PlanStep> deletes = levels.deletes();
    for (String table : level) {
      for (PlanStep s : deletes) {
        if (!s.table().equals(table) || (settled.contains(s) && !withRows.contains(s))) {
          continue;
        }
        settled.add(s);
        q.collect(s, parentKeys(s));
      }
    }
    if (q.isEmpty()) {
      return q;
    }
    for (PlanStep s : plan.steps()) {
      if (done.contains(s.parentTable()) && !settled.contains(s) && !collected(s)) {
        settled.add(s);
        q.probe(s, parentKeys(s));
      }
    }
    return q;
  }

  /** Collected by a level (a delete step into a table with children), or never written. */
  private boolean collected(PlanStep s) {
    return s.action() == PlanAction.IGNORE
        || s.action() == PlanAction.PROTECT
        || (s.action() == PlanAction.DELETE && !levels.needed(s.table()).isEmpty());
  }

  Set<List<Object>> parentKeys(PlanStep s) {
    return keys.getOrDefault(slot(s.parentTable(), s.parentColumn()), Set.of());
  }

  private static String slot(String table, String columns) {
    return table + "|" + columns;
  }
}

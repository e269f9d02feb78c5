package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.PlanAction;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The users' {@code auth_user} rows, locked {@code FOR UPDATE} by one query that also reads every
 * column a plan step hangs from (id, email, username...): the protection check and the key
 * collection start from these values instead of reading {@code auth_user} again.
 */
record LockedUsers(
    Map<Long, Optional<LocalDateTime>> lastLogins, Map<Long, Map<String, Object>> rows) {

  static LockedUsers lock(DSLContext tx, DeletionPlan plan, Collection<Long> ids) {
    return read(tx, plan, ids, true);
  }

  /** Reads the rows, locked or not (a dry run does not lock), in one statement. */
  static LockedUsers read(DSLContext tx, DeletionPlan plan, Collection<Long> ids, boolean lock) {
    Map<Long, Optional<LocalDateTime>> lastLogins = new HashMap<>();
    Map<Long, Map<String, Object>> rows = new HashMap<>();
    if (ids.isEmpty()) {
      return new LockedUsers(lastLogins, rows);
    }
    RawSql sql = new RawSql(tx);
    List<String> columns = new ArrayList<>(rootColumns(plan));
    StringBuilder q = new StringBuilder("SELECT ").append(sql.q("id"));
    q.append(", ").append(sql.q("last_login"));
    columns.forEach(c -> q.append(", ").append(sql.q(c)));
    q.append(" FROM ").append(sql.q(EdgeCollector.ROOT)).append(" WHERE ");
    List<Object> binds = new ArrayList<>();
    sql.in(q, "id", ids.stream().map(id -> List.<Object>of(id)).toList(), binds);
    q.append(" ORDER BY ").append(sql.q("id")).append(lock ? " FOR UPDATE" : "");
    for (Object[] r : sql.select(q.toString(), binds, columns.size() + 2)) {
      long id = ((Number) r[0]).longValue();
      lastLogins.put(id, Optional.ofNullable(r[1]).map(LockedUsers::dateTime));
      Map<String, Object> values = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), r[i + 2]);
      }
      rows.put(id, values);
    }
    return new LockedUsers(lastLogins, rows);
  }

  private static LocalDateTime dateTime(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  /** Every {@code auth_user} column some step hangs from, one by one (composites split). */
  static Set<String> rootColumns(DeletionPlan plan) {
    Set<String> columns = new LinkedHashSet<>(List.of("id"));
    plan.steps().stream()
        .filter(s -> s.parentTable().equals(EdgeCollector.ROOT) && s.action() != PlanAction.IGNORE)
        .forEach(s -> columns.addAll(Arrays.asList(s.parentColumn().split(","))));
    return columns;
  }

  boolean contains(long id) {
    return lastLogins.containsKey(id);
  }

  /** The value of one column for one locked user; empty when NULL or not locked. */
  Optional<Object> value(long id, String column) {
    return Optional.ofNullable(rows.getOrDefault(id, Map.of()).get(column));
  }

  /** The keys over {@code columns} ("a" or "a,b") of these users, NULL keys left out. */
  Set<List<Object>> keys(Collection<Long> ids, String columns) {
    Set<List<Object>> keys = new LinkedHashSet<>();
    String[] parts = columns.split(",");
    for (long id : ids) {
      List<Object> key = new ArrayList<>(parts.length);
      for (String c : parts) {
        value(id, c).ifPresent(key::add);
      }
      if (key.size() == parts.length) {
        keys.add(key);
      }
    }
    return keys;
  }
}

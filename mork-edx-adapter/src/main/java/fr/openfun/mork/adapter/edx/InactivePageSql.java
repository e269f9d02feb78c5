package fr.openfun.mork.adapter.edx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Select;

/**
 * The SQL of one inactivity page, rendered by jOOQ once, and where its bind values go. Rendering
 * the same query on every page cost about a millisecond of CPU per page (jOOQ's rendering code is
 * rarely called, so it stays cold), more than reading the page's rows; see docs/performance.md.
 * Every value stays a bind value: the cutoff, the last id, the limit, and whatever constants the
 * query carries (the retired placeholder).
 */
final class InactivePageSql {
  /** Builds the page query for a cutoff, a last id and a limit. */
  interface Builder {
    Select<?> page(Instant cutoff, long afterId, int limit);
  }

  private enum Slot {
    CONSTANT,
    CUTOFF,
    AFTER_ID,
    LIMIT
  }

  private final String sql;
  private final List<Object> constants;
  private final List<Slot> slots = new ArrayList<>();

  /** Renders the query twice with different values; the positions that differ are the values. */
  InactivePageSql(Builder builder) {
    Instant cutoffA = Instant.parse("2001-02-03T04:05:06Z");
    Select<?> a = builder.page(cutoffA, 11, 13);
    Select<?> b = builder.page(Instant.parse("2002-03-04T05:06:07Z"), 17, 19);
    this.sql = a.getSQL();
    this.constants = a.getBindValues();
    List<Object> other = b.getBindValues();
    if (!sql.equals(b.getSQL()) || constants.size() != other.size()) {
      throw new IllegalStateException("the inactivity page query does not bind its values: " + sql);
    }
    LocalDateTime cutoff = AuthUser.utc(cutoffA);
    for (int i = 0; i < constants.size(); i++) {
      Object value = constants.get(i);
      if (Objects.equals(value, other.get(i))) {
        slots.add(Slot.CONSTANT);
      } else if (cutoff.equals(value)) {
        slots.add(Slot.CUTOFF);
      } else if (value instanceof Number n && n.longValue() == 11) {
        slots.add(Slot.AFTER_ID);
      } else if (value instanceof Number n && n.longValue() == 13) {
        slots.add(Slot.LIMIT);
      } else {
        throw new IllegalStateException("unexpected bind value " + value + " in " + sql);
      }
    }
  }

  String sql() {
    return sql;
  }

  /** The bind values of the page after {@code afterId}, in the order of {@link #sql()}. */
  List<Object> binds(Instant cutoff, long afterId, int limit) {
    LocalDateTime t = AuthUser.utc(cutoff);
    List<Object> binds = new ArrayList<>(slots.size());
    for (int i = 0; i < slots.size(); i++) {
      binds.add(
          switch (slots.get(i)) {
            case CONSTANT -> constants.get(i);
            case CUTOFF -> t;
            case AFTER_ID -> afterId;
            case LIMIT -> limit;
          });
    }
    return binds;
  }
}

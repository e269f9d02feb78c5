package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The configured activity probes; a user is inactive only if none shows later activity. */
public record ActivityProbes(List<ActivityProbe> probes) {

  public ActivityProbes {
    probes = List.copyOf(probes);
  }

  public static ActivityProbes none() {
    return new ActivityProbes(List.of());
  }

  Condition noLaterActivity(Instant cutoff) {
    LocalDateTime t = AuthUser.utc(cutoff);
    Condition all = DSL.noCondition();
    for (ActivityProbe p : probes) {
      all =
          all.and(
              notExists(
                  selectOne()
                      .from(table(name(p.table())))
                      .where(
                          field(name(p.table(), p.userColumn()), Long.class)
                              .eq(field(name("auth_user", "id"), Long.class)))
                      .and(field(name(p.table(), p.timeColumn()), LocalDateTime.class).gt(t))));
    }
    return all;
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import java.time.Clock;
import java.util.Objects;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the edX foreign-key graph from information_schema and turns it into the deletion plan. The
 * constructor reads it once, so a wrong database (no {@code auth_user}) or an unorderable cycle
 * fails at start-up with a clear message; {@link #reload()} reads it again.
 */
public final class JooqErasurePlanner implements ErasurePlanner {
  private static final Logger LOG = LoggerFactory.getLogger(JooqErasurePlanner.class);
  private final EdxDatabase database;
  private final ErasureRules rules;
  private final Clock clock;
  private volatile DeletionPlan plan;

  public JooqErasurePlanner(EdxDatabase database, ErasureRules rules, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.plan = read();
  }

  @Override
  public DeletionPlan plan() {
    return plan;
  }

  @Override
  public synchronized DeletionPlan reload() {
    plan = read();
    return plan;
  }

  private DeletionPlan read() {
    SchemaModel schema;
    try {
      schema = SchemaReader.read(database.primary(), database.settings().dialect());
    } catch (DataAccessException e) {
      throw new IllegalStateException(
          "cannot read the edX schema: " + e.getMessage(), e.getCause());
    }
    DeletionPlan built = PlanBuilder.build(schema, rules, clock.instant());
    LOG.info(
        "edX erasure plan {}: {} steps over {} tables, {} unpoliced user columns",
        built.fingerprint(),
        built.steps().size(),
        built.steps().stream().map(s -> s.table()).distinct().count(),
        built.unpolicedColumns().size());
    return built;
  }
}

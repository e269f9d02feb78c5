package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.CONTROLS;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.port.out.ControlRepository;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Operator switches as rows of {@code controls} (seeded by the migration); changes are audited. */
final class JooqControlRepository implements ControlRepository {
  private static final String PAUSED = "paused";
  private static final String PLAN = "acknowledged_plan";
  private final Db db;
  private final AuditWriter audit;

  JooqControlRepository(Db db, AuditWriter audit) {
    this.db = db;
    this.audit = audit;
  }

  @Override
  public boolean paused() {
    return value(PAUSED).map(Boolean::parseBoolean).orElse(false);
  }

  @Override
  public void setPaused(boolean paused, Instant now, Actor actor) {
    set(PAUSED, Boolean.toString(paused), now, actor, paused ? "paused" : "resumed", "");
  }

  @Override
  public Optional<String> acknowledgedPlanFingerprint() {
    return value(PLAN);
  }

  @Override
  public void acknowledgePlan(String fingerprint, Instant now, Actor actor) {
    if (fingerprint.isBlank() || fingerprint.length() > 200) {
      throw new IllegalArgumentException("plan fingerprint must hold 1 to 200 characters");
    }
    set(PLAN, fingerprint, now, actor, "plan_acknowledged", "fingerprint=" + fingerprint);
  }

  private Optional<String> value(String name) {
    return db.read(
        "reading the " + name + " switch",
        dsl ->
            dsl.select(Tables.C_VALUE)
                .from(CONTROLS)
                .where(Tables.C_NAME.eq(name))
                .fetchOptional(Tables.C_VALUE));
  }

  private void set(String name, String value, Instant now, Actor actor, String action, String why) {
    db.tx(
        "changing the " + name + " switch",
        tx -> {
          upsert(tx, name, value, now, actor);
          audit.append(tx, Events.general(now, actor, action, why));
          return null;
        });
  }

  private static void upsert(DSLContext tx, String name, String value, Instant now, Actor actor) {
    int updated =
        tx.update(CONTROLS)
            .set(Tables.C_VALUE, value)
            .set(Tables.C_UPDATED, Db.at(now))
            .set(Tables.C_UPDATED_BY, actor.name())
            .where(Tables.C_NAME.eq(name))
            .execute();
    if (updated == 0) {
      tx.insertInto(CONTROLS)
          .set(Tables.C_NAME, name)
          .set(Tables.C_VALUE, value)
          .set(Tables.C_UPDATED, Db.at(now))
          .set(Tables.C_UPDATED_BY, actor.name())
          .execute();
    }
  }
}

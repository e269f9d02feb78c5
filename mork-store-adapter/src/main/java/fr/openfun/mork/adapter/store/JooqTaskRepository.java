package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.TaskTable.TASKS;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Tasks in {@code tasks}; parameters and report as JSON text. */
final class JooqTaskRepository implements TaskRepository {
  private final Db db;
  private final TaskJson json;

  JooqTaskRepository(Db db, TaskJson json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public void create(Task task) {
    db.tx(
        "creating task " + task.id(),
        tx -> {
          if (tx.fetchExists(TASKS, TaskTable.ID.eq(task.id()))) {
            throw new IllegalArgumentException("task " + task.id() + " already exists");
          }
          return tx.insertInto(TASKS).set(TaskTable.ID, task.id()).set(columns(task)).execute();
        });
  }

  @Override
  public void update(Task task) {
    int updated =
        db.read(
            "updating task " + task.id(),
            dsl ->
                dsl.update(TASKS).set(columns(task)).where(TaskTable.ID.eq(task.id())).execute());
    if (updated == 0) {
      throw new IllegalArgumentException("task " + task.id() + " does not exist");
    }
  }

  @Override
  public Optional<Task> findById(UUID id) {
    return db.read(
        "finding task " + id,
        dsl ->
            dsl.select(TaskTable.COLUMNS)
                .from(TASKS)
                .where(TaskTable.ID.eq(id))
                .fetchOptional(this::task));
  }

  @Override
  public List<Task> search(TaskQuery query) {
    Condition where = DSL.noCondition();
    if (query.type().isPresent()) {
      where = where.and(TaskTable.TYPE.eq(query.type().get().wireName()));
    }
    if (query.status().isPresent()) {
      where = where.and(TaskTable.STATUS.eq(query.status().get().name()));
    }
    Condition condition = where;
    return db.read(
        "searching tasks",
        dsl ->
            dsl.select(TaskTable.COLUMNS)
                .from(TASKS)
                .where(condition)
                .orderBy(TaskTable.CREATED.desc(), TaskTable.ID)
                .offset(query.offset())
                .limit(query.limit())
                .fetch(this::task));
  }

  private Map<Field<?>, Object> columns(Task t) {
    Map<Field<?>, Object> values = new HashMap<>();
    values.put(TaskTable.TYPE, t.type().wireName());
    values.put(TaskTable.PARAMETERS, json.write(t.parameters()));
    values.put(TaskTable.DRY_RUN, t.dryRun());
    values.put(TaskTable.STATUS, t.status().name());
    TaskProgress p = t.progress();
    values.put(TaskTable.SCANNED, p.scanned());
    values.put(TaskTable.SELECTED, p.selected());
    values.put(TaskTable.SUCCEEDED, p.succeeded());
    values.put(TaskTable.SKIPPED, p.skipped());
    values.put(TaskTable.FAILED, p.failed());
    values.put(TaskTable.CURSOR, p.cursor());
    values.put(TaskTable.REPORT, t.report().map(json::write).orElse(null));
    values.put(TaskTable.CREATED, Db.at(t.createdAt()));
    values.put(TaskTable.STARTED, Db.at(t.startedAt().orElse(null)));
    values.put(TaskTable.FINISHED, Db.at(t.finishedAt().orElse(null)));
    values.put(TaskTable.ERROR, t.error().orElse(null));
    values.put(TaskTable.REQUESTED_BY, t.requestedBy().name());
    return values;
  }

  private Task task(Record r) {
    Task task =
        new Task(
            r.get(TaskTable.ID),
            json.parameters(r.get(TaskTable.PARAMETERS)),
            r.get(TaskTable.DRY_RUN),
            TaskStatus.valueOf(r.get(TaskTable.STATUS)),
            new TaskProgress(
                r.get(TaskTable.SCANNED),
                r.get(TaskTable.SELECTED),
                r.get(TaskTable.SUCCEEDED),
                r.get(TaskTable.SKIPPED),
                r.get(TaskTable.FAILED),
                r.get(TaskTable.CURSOR)),
            Optional.ofNullable(r.get(TaskTable.REPORT)).map(json::report),
            Db.instant(r.get(TaskTable.CREATED)),
            Optional.ofNullable(Db.instant(r.get(TaskTable.STARTED))),
            Optional.ofNullable(Db.instant(r.get(TaskTable.FINISHED))),
            Optional.ofNullable(r.get(TaskTable.ERROR)),
            Actor.of(r.get(TaskTable.REQUESTED_BY)));
    if (!TaskType.fromWire(r.get(TaskTable.TYPE)).equals(task.type())) {
      throw new IllegalStateException("task " + task.id() + " has a type unlike its parameters");
    }
    return task;
  }
}

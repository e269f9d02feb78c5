package fr.openfun.mork.adapter.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The {@code tasks} table. */
final class TaskTable {
  private TaskTable() {}

  static final Table<Record> TASKS = table(name("tasks"));
  static final Field<UUID> ID = field(name("tasks", "id"), SQLDataType.UUID);
  static final Field<String> TYPE = field(name("tasks", "type"), SQLDataType.VARCHAR);
  static final Field<String> PARAMETERS = field(name("tasks", "parameters"), SQLDataType.CLOB);
  static final Field<Boolean> DRY_RUN = field(name("tasks", "dry_run"), SQLDataType.BOOLEAN);
  static final Field<String> STATUS = field(name("tasks", "status"), SQLDataType.VARCHAR);
  static final Field<Long> SCANNED = counter("scanned");
  static final Field<Long> SELECTED = counter("selected");
  static final Field<Long> SUCCEEDED = counter("succeeded");
  static final Field<Long> SKIPPED = counter("skipped");
  static final Field<Long> FAILED = counter("failed");
  static final Field<Long> CURSOR = counter("progress_cursor");
  static final Field<String> REPORT = field(name("tasks", "report"), SQLDataType.CLOB);
  static final Field<OffsetDateTime> CREATED = Tables.ts("tasks", "created_at");
  static final Field<OffsetDateTime> STARTED = Tables.ts("tasks", "started_at");
  static final Field<OffsetDateTime> FINISHED = Tables.ts("tasks", "finished_at");
  static final Field<String> ERROR = field(name("tasks", "error"), SQLDataType.CLOB);
  static final Field<String> REQUESTED_BY =
      field(name("tasks", "requested_by"), SQLDataType.VARCHAR);

  static final List<Field<?>> COLUMNS =
      List.of(
          ID,
          TYPE,
          PARAMETERS,
          DRY_RUN,
          STATUS,
          SCANNED,
          SELECTED,
          SUCCEEDED,
          SKIPPED,
          FAILED,
          CURSOR,
          REPORT,
          CREATED,
          STARTED,
          FINISHED,
          ERROR,
          REQUESTED_BY);

  private static Field<Long> counter(String column) {
    return field(name("tasks", column), SQLDataType.BIGINT);
  }
}

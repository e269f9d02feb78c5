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

/** The store's tables and columns, written by hand (the schema is small and owned by Flyway). */
final class Tables {
  private Tables() {}

  static final Table<Record> USERS = table(name("users"));
  static final Field<UUID> U_ID = field(name("users", "id"), SQLDataType.UUID);
  static final Field<String> U_USERNAME = field(name("users", "username"), SQLDataType.VARCHAR);
  static final Field<Long> U_EDX_ID = field(name("users", "edx_user_id"), SQLDataType.BIGINT);
  static final Field<String> U_EMAIL = field(name("users", "email"), SQLDataType.VARCHAR);
  static final Field<String> U_EMAIL_HASH = field(name("users", "email_hash"), SQLDataType.VARCHAR);
  static final Field<String> U_REASON = field(name("users", "reason"), SQLDataType.VARCHAR);
  static final Field<OffsetDateTime> U_CREATED = ts("users", "created_at");
  static final Field<OffsetDateTime> U_UPDATED = ts("users", "updated_at");
  static final Field<OffsetDateTime> U_MINIMIZED = ts("users", "personal_data_minimized_at");

  static final Table<Record> STATUSES = table(name("user_service_statuses"));
  static final Field<Long> S_ID = field(name("user_service_statuses", "id"), SQLDataType.BIGINT);
  static final Field<UUID> S_USER =
      field(name("user_service_statuses", "user_id"), SQLDataType.UUID);
  static final Field<String> S_SERVICE =
      field(name("user_service_statuses", "service"), SQLDataType.VARCHAR);
  static final Field<String> S_STATUS =
      field(name("user_service_statuses", "status"), SQLDataType.VARCHAR);
  static final Field<Integer> S_ATTEMPTS =
      field(name("user_service_statuses", "attempts"), SQLDataType.INTEGER);
  static final Field<String> S_LAST_ERROR =
      field(name("user_service_statuses", "last_error"), SQLDataType.CLOB);
  static final Field<OffsetDateTime> S_NEXT = ts("user_service_statuses", "next_attempt_at");
  static final Field<OffsetDateTime> S_UPDATED = ts("user_service_statuses", "updated_at");
  static final Field<OffsetDateTime> S_USER_CREATED =
      ts("user_service_statuses", "user_created_at");
  static final Field<Long> S_VERSION =
      field(name("user_service_statuses", "version"), SQLDataType.BIGINT);

  static final Table<Record> WARNINGS = table(name("warnings"));
  static final Field<Long> W_EDX_ID = field(name("warnings", "edx_user_id"), SQLDataType.BIGINT);
  static final Field<String> W_EMAIL_HASH =
      field(name("warnings", "email_hash"), SQLDataType.VARCHAR);
  static final Field<Integer> W_REMINDER = field(name("warnings", "reminder"), SQLDataType.INTEGER);
  static final Field<OffsetDateTime> W_SENT = ts("warnings", "sent_at");

  static final Table<Record> AUDIT = table(name("audit_events"));
  static final Field<Long> A_ID = field(name("audit_events", "id"), SQLDataType.BIGINT);
  static final Field<OffsetDateTime> A_AT = ts("audit_events", "at");
  static final Field<String> A_ACTOR = field(name("audit_events", "actor"), SQLDataType.VARCHAR);
  static final Field<String> A_ACTION = field(name("audit_events", "action"), SQLDataType.VARCHAR);
  static final Field<UUID> A_USER = field(name("audit_events", "user_id"), SQLDataType.UUID);
  static final Field<String> A_SERVICE =
      field(name("audit_events", "service"), SQLDataType.VARCHAR);
  static final Field<String> A_FROM =
      field(name("audit_events", "from_status"), SQLDataType.VARCHAR);
  static final Field<String> A_TO = field(name("audit_events", "to_status"), SQLDataType.VARCHAR);
  static final Field<String> A_DETAIL = field(name("audit_events", "detail"), SQLDataType.CLOB);

  static final Table<Record> CONTROLS = table(name("controls"));
  static final Field<String> C_NAME = field(name("controls", "name"), SQLDataType.VARCHAR);
  static final Field<String> C_VALUE = field(name("controls", "val"), SQLDataType.VARCHAR);
  static final Field<OffsetDateTime> C_UPDATED = ts("controls", "updated_at");
  static final Field<String> C_UPDATED_BY =
      field(name("controls", "updated_by"), SQLDataType.VARCHAR);

  static final List<Field<?>> USER_COLUMNS =
      List.of(
          U_ID,
          U_USERNAME,
          U_EDX_ID,
          U_EMAIL,
          U_EMAIL_HASH,
          U_REASON,
          U_CREATED,
          U_UPDATED,
          U_MINIMIZED);
  static final List<Field<?>> STATUS_COLUMNS =
      List.of(
          S_ID,
          S_USER,
          S_SERVICE,
          S_STATUS,
          S_ATTEMPTS,
          S_LAST_ERROR,
          S_NEXT,
          S_UPDATED,
          S_VERSION);
  static final List<Field<?>> AUDIT_COLUMNS =
      List.of(A_ID, A_AT, A_ACTOR, A_ACTION, A_USER, A_SERVICE, A_FROM, A_TO, A_DETAIL);

  static Field<OffsetDateTime> ts(String tableName, String column) {
    return field(name(tableName, column), SQLDataType.TIMESTAMPWITHTIMEZONE);
  }
}

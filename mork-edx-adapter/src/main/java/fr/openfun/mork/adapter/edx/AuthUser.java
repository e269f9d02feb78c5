package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import fr.openfun.mork.domain.model.EdxUser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** The {@code auth_user} columns Mork reads, without generated code. edX stores times in UTC. */
final class AuthUser {
  static final Table<Record> TABLE = table(name("auth_user"));
  static final Field<Long> ID = field(name("id"), Long.class);
  static final Field<String> USERNAME = field(name("username"), String.class);
  static final Field<String> EMAIL = field(name("email"), String.class);
  static final Field<LocalDateTime> LAST_LOGIN = field(name("last_login"), LocalDateTime.class);
  static final Field<LocalDateTime> DATE_JOINED = field(name("date_joined"), LocalDateTime.class);
  static final Field<Boolean> IS_ACTIVE = field(name("is_active"), Boolean.class);
  static final Field<Boolean> IS_STAFF = field(name("is_staff"), Boolean.class);
  static final Field<Boolean> IS_SUPERUSER = field(name("is_superuser"), Boolean.class);
  static final List<Field<?>> COLUMNS =
      List.of(ID, USERNAME, EMAIL, LAST_LOGIN, DATE_JOINED, IS_ACTIVE, IS_STAFF, IS_SUPERUSER);

  private AuthUser() {}

  static EdxUser toUser(Record r) {
    return new EdxUser(
        r.get(ID),
        r.get(USERNAME),
        r.get(EMAIL),
        Optional.ofNullable(r.get(LAST_LOGIN)).map(t -> t.toInstant(ZoneOffset.UTC)),
        r.get(DATE_JOINED).toInstant(ZoneOffset.UTC),
        Boolean.TRUE.equals(r.get(IS_ACTIVE)),
        Boolean.TRUE.equals(r.get(IS_STAFF)),
        Boolean.TRUE.equals(r.get(IS_SUPERUSER)));
  }

  static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

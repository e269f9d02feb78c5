package fr.openfun.mork.adapter.edx;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import fr.openfun.mork.domain.model.EdxUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

  /**
   * Maps every row of a result set selected over {@link #COLUMNS}, in that order, and closes it.
   * Reading the JDBC values directly costs less than a jOOQ record per row on large scans.
   */
  static List<EdxUser> readAll(ResultSet rs, int expected) {
    try (rs) {
      List<EdxUser> users = new ArrayList<>(Math.min(expected, 10_000));
      while (rs.next()) {
        LocalDateTime lastLogin = rs.getObject(4, LocalDateTime.class);
        users.add(
            new EdxUser(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                lastLogin == null
                    ? Optional.empty()
                    : Optional.of(lastLogin.toInstant(ZoneOffset.UTC)),
                rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getBoolean(8)));
      }
      return users;
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

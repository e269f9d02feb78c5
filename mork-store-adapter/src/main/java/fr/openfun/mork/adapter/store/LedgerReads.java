package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * The API's hot reads: the same users as {@link LedgerRows}, read straight from the JDBC result
 * (columns by position, no jOOQ record per row), one user with its statuses in one join.
 */
final class LedgerReads {
  private static final int USER_WIDTH = Tables.USER_COLUMNS.size();
  private static final String BY_ID =
      "SELECT u.id, u.username, u.edx_user_id, u.email, u.email_hash, u.reason, u.created_at,"
          + " u.updated_at, u.personal_data_minimized_at, s.id, s.user_id, s.service, s.status,"
          + " s.attempts, s.last_error, s.next_attempt_at, s.updated_at, s.version"
          + " FROM users u LEFT JOIN user_service_statuses s ON s.user_id = u.id"
          + " WHERE u.id = ? ORDER BY s.service";
  private static final String STATUSES_OF =
      "SELECT id, user_id, service, status, attempts, last_error, next_attempt_at, updated_at,"
          + " version FROM user_service_statuses WHERE user_id = ANY(?) ORDER BY service";

  // a few distinct values over millions of rows: parsed (and validated) once each
  private static final Map<String, ServiceName> NAMES = new ConcurrentHashMap<>();
  private static final Map<String, DeletionStatus> STATES = new ConcurrentHashMap<>();

  private LedgerReads() {}

  /** The one user matching {@code where} (a unique key), with its statuses sorted by service. */
  static Optional<MorkUser> one(DSLContext dsl, Condition where) {
    ResultQuery<?> query =
        dsl.select(
                Stream.concat(Tables.USER_COLUMNS.stream(), Tables.STATUS_COLUMNS.stream())
                    .toList())
            .from(USERS)
            .leftJoin(STATUSES)
            .on(Tables.S_USER.eq(Tables.U_ID))
            .where(where)
            .orderBy(Tables.S_SERVICE);
    try (ResultSet rs = query.fetchResultSet()) {
      return joined(rs);
    } catch (SQLException e) {
      throw new DataAccessException("reading a ledger user", e);
    }
  }

  /** {@link #one} by primary key, its SQL written once (the API's hottest read). */
  static Optional<MorkUser> byId(DSLContext dsl, UUID id) {
    return dsl.connectionResult(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return joined(rs);
            }
          } catch (SQLException e) {
            throw new DataAccessException("reading a ledger user", e);
          }
        });
  }

  private static Optional<MorkUser> joined(ResultSet rs) throws SQLException {
    Row user = null;
    List<ServiceStatus> statuses = new ArrayList<>();
    while (rs.next()) {
      if (user == null) {
        user = row(rs);
      }
      if (rs.getObject(USER_WIDTH + 1) != null) {
        statuses.add(status(rs, USER_WIDTH));
      }
    }
    return user == null ? Optional.empty() : Optional.of(user.with(statuses));
  }

  /** The users {@code page} selects ({@link Tables#USER_COLUMNS}), in order, with statuses. */
  static List<MorkUser> users(DSLContext dsl, ResultQuery<?> page) {
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = page.fetchResultSet()) {
      while (rs.next()) {
        rows.add(row(rs));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading ledger users", e);
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ServiceStatus>> statuses = new HashMap<>();
    List<UUID> ids = rows.stream().map(Row::id).toList();
    try {
      if (dsl.dialect().family() == SQLDialect.POSTGRES) {
        // one array parameter instead of a thousand: nothing to render or bind per id
        dsl.connection(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(STATUSES_OF)) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                  group(rs, statuses);
                }
              }
            });
      } else {
        try (ResultSet rs =
            dsl.select(Tables.STATUS_COLUMNS)
                .from(STATUSES)
                .where(Tables.S_USER.in(ids))
                .orderBy(Tables.S_SERVICE)
                .fetchResultSet()) {
          group(rs, statuses);
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading ledger statuses", e);
    }
    List<MorkUser> users = new ArrayList<>(rows.size());
    for (Row r : rows) {
      users.add(r.with(statuses.getOrDefault(r.id(), List.of())));
    }
    return List.copyOf(users);
  }

  private static void group(ResultSet rs, Map<UUID, List<ServiceStatus>> statuses)
      throws SQLException {
    while (rs.next()) {
      statuses
          .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>(4))
          .add(status(rs, 0));
    }
  }

  private record Row(
      UUID id,
      String username,
      long edxUserId,
      String email,
      String reason,
      OffsetDateTime created,
      OffsetDateTime updated) {
    MorkUser with(List<ServiceStatus> statuses) {
      return new MorkUser(
          id,
          username,
          edxUserId,
          email,
          DeletionReason.fromWire(reason),
          Db.instant(created),
          Db.instant(updated),
          statuses);
    }
  }

  /** {@link Tables#USER_COLUMNS} from column 1. */
  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(6),
        rs.getObject(7, OffsetDateTime.class),
        rs.getObject(8, OffsetDateTime.class));
  }

  /** {@link Tables#STATUS_COLUMNS} from column {@code at + 1}. */
  private static ServiceStatus status(ResultSet rs, int at) throws SQLException {
    return new ServiceStatus(
        NAMES.computeIfAbsent(rs.getString(at + 3), ServiceName::of),
        STATES.computeIfAbsent(rs.getString(at + 4), DeletionStatus::fromWire),
        rs.getInt(at + 5),
        Optional.ofNullable(rs.getString(at + 6)),
        Optional.ofNullable(Db.instant(rs.getObject(at + 7, OffsetDateTime.class))),
        Db.instant(rs.getObject(at + 8, OffsetDateTime.class)));
  }
}

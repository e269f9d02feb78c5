package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.AuthUser.DATE_JOINED;
import static fr.openfun.mork.adapter.edx.AuthUser.EMAIL;
import static fr.openfun.mork.adapter.edx.AuthUser.ID;
import static fr.openfun.mork.adapter.edx.AuthUser.LAST_LOGIN;
import static fr.openfun.mork.adapter.edx.AuthUser.TABLE;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.port.out.DirectoryUnavailableException;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code auth_user} by keyset pages on {@code id} (never OFFSET): each page is one indexed
 * range query, so memory stays constant however many users edX has. Scans use the read replica when
 * one is configured. Optional activity probes make a user inactive only if every probe agrees. The
 * retired placeholder is left out of every answer: it is never selected, warned nor erased.
 */
public final class JooqEdxUserDirectory implements EdxUserDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(JooqEdxUserDirectory.class);
  private static final int STREAM_CHUNK = 1000;
  private final DSLContext scans;
  private final Duration pause;
  private final ActivityProbes probes;
  private final boolean mysqlFamily;
  private final Condition notRetired;
  private final int timeout;
  private final boolean debug;
  private final InactivePageSql pageSql;

  public JooqEdxUserDirectory(EdxDatabase database) {
    this(database, ActivityProbes.none());
  }

  public JooqEdxUserDirectory(EdxDatabase database, ActivityProbes probes) {
    this(database, probes, RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME));
  }

  /** A directory that never answers with the {@code retired} placeholder. */
  public JooqEdxUserDirectory(
      EdxDatabase database, ActivityProbes probes, RetiredPlaceholder retired) {
    this.notRetired = Objects.requireNonNull(retired, "retired").excluded();
    this.scans = database.scans();
    Integer seconds = scans.settings().getQueryTimeout();
    this.timeout = seconds == null ? 0 : seconds;
    this.debug = database.settings().debug();
    this.pause = database.settings().pauseBetweenPages();
    this.probes = Objects.requireNonNull(probes, "probes");
    this.mysqlFamily = database.settings().dialect().mysqlFamily();
    this.pageSql =
        new InactivePageSql((c, a, l) -> pageQuery(scans, notRetired, this.probes, c, a, l));
  }

  /** Inactive at or before the cutoff: last login, or date joined for never-logged-in users. */
  static Condition inactiveAt(Instant cutoff) {
    LocalDateTime t = AuthUser.utc(cutoff);
    return LAST_LOGIN.le(t).or(LAST_LOGIN.isNull().and(DATE_JOINED.le(t)));
  }

  @Override
  public List<EdxUser> findInactive(Instant cutoff, long afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<EdxUser> page = read(() -> stream(pageSql.binds(cutoff, afterId, limit), limit));
    breathe(afterId);
    return page;
  }

  /** The page query: inactive users after {@code afterId} but the placeholder, in id order. */
  static Select<?> pageQuery(
      DSLContext dsl,
      Condition notRetired,
      ActivityProbes probes,
      Instant cutoff,
      long afterId,
      int limit) {
    // id > afterId last: the range on the primary key already holds it, so it is evaluated only
    // for the rows that pass the rest (see docs/performance.md)
    Condition inactive =
        inactiveAt(cutoff).and(notRetired).and(probes.noLaterActivity(cutoff)).and(ID.gt(afterId));
    return dsl.select(AuthUser.COLUMNS).from(TABLE).where(inactive).orderBy(ID).limit(limit);
  }

  /** Plain JDBC on jOOQ's SQL, rows mapped by index while the server still sends the page. */
  private List<EdxUser> stream(List<Object> binds, int limit) {
    if (debug) {
      // jOOQ's execute logging does not see this statement (MORK_EDX_MYSQL_DEBUG)
      LOG.debug("edX scan page: {} with {}", pageSql.sql(), binds);
    }
    return scans.connectionResult(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(pageSql.sql())) {
            ps.setQueryTimeout(timeout);
            ps.setFetchSize(Math.min(limit, STREAM_CHUNK));
            for (int i = 0; i < binds.size(); i++) {
              ps.setObject(i + 1, binds.get(i));
            }
            return AuthUser.readAll(ps.executeQuery(), limit);
          } catch (SQLException e) {
            throw new UncheckedSqlException(e);
          }
        });
  }

  @Override
  public long countInactive(Instant cutoff) {
    Condition inactive = inactiveAt(cutoff).and(probes.noLaterActivity(cutoff)).and(notRetired);
    return read(() -> (long) scans.fetchCount(TABLE, inactive));
  }

  @Override
  public long countUsers() {
    return read(() -> (long) scans.fetchCount(TABLE));
  }

  @Override
  public Optional<EdxUser> findByEmail(String email) {
    Objects.requireNonNull(email, "email");
    return read(
        () ->
            scans
                .select(AuthUser.COLUMNS)
                .from(TABLE)
                .where(emailIs(email).and(notRetired))
                .orderBy(ID)
                .limit(1)
                .fetchOptional(AuthUser::toUser));
  }

  // edX's MySQL collations compare emails case-insensitively, and keep the index usable
  private Condition emailIs(String email) {
    return mysqlFamily
        ? EMAIL.eq(email)
        : DSL.lower(EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Optional<EdxUser> findById(long id) {
    return read(
        () ->
            scans
                .select(AuthUser.COLUMNS)
                .from(TABLE)
                .where(ID.eq(id).and(notRetired))
                .fetchOptional(AuthUser::toUser));
  }

  @Override
  public List<EdxUser> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return read(
        () ->
            scans
                .select(AuthUser.COLUMNS)
                .from(TABLE)
                .where(ID.in(ids).and(notRetired))
                .orderBy(ID)
                .fetch(AuthUser::toUser));
  }

  private <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (DataAccessException | UncheckedSqlException e) {
      // the SQL cause only: no jOOQ type crosses the port
      throw new DirectoryUnavailableException("edX database: " + e.getMessage(), e.getCause());
    }
  }

  private void breathe(long afterId) {
    if (afterId > 0 && !pause.isZero()) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DirectoryUnavailableException("scan interrupted", e);
      }
    }
  }
}

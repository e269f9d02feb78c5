package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.AuthUser.ID;
import static fr.openfun.mork.adapter.edx.AuthUser.IS_ACTIVE;
import static fr.openfun.mork.adapter.edx.AuthUser.TABLE;
import static fr.openfun.mork.adapter.edx.AuthUser.USERNAME;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retired placeholder: the one {@code auth_user} row that NOT NULL actor columns are reassigned
 * to, so that erasing the actor keeps the record (another learner's standing, a certificate's
 * invalidation, a course's coupon). Either an operator-given existing id, or a fixed username that
 * Mork creates on the first erasure that needs it: inactive, with an unusable Django password. It
 * is never selected as inactive, warned, nor erased. An existing account of that name that is
 * active or has a usable password is refused, so a real person never becomes the placeholder.
 */
public final class RetiredPlaceholder {
  public static final String DEFAULT_USERNAME = "retired_user";

  /** How the placeholder shows in a protected outcome when someone asks to erase it. */
  static final String PROTECTED_AS = "auth_user (retired placeholder)";

  private static final Logger LOG = LoggerFactory.getLogger(RetiredPlaceholder.class);
  private static final Pattern USERNAME_FORMAT = Pattern.compile("[\\w.@+-]{1,30}");
  private static final Field<String> PASSWORD = field(name("password"), String.class);
  private final String username;
  private final OptionalLong configuredId;
  private volatile long resolved;

  private RetiredPlaceholder(String username, OptionalLong configuredId) {
    this.username = username;
    this.configuredId = configuredId;
  }

  /** The placeholder of that username (edX's format: 1–30 letters, digits or {@code @.+-_}). */
  public static RetiredPlaceholder named(String username) {
    Objects.requireNonNull(username, "username");
    if (!USERNAME_FORMAT.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "the retired placeholder's username must be 1-30 letters, digits or @.+-_, was '"
              + username
              + "'");
    }
    return new RetiredPlaceholder(username, OptionalLong.empty());
  }

  /** An existing {@code auth_user} row the operator chose; Mork creates nothing. */
  public static RetiredPlaceholder withId(long id) {
    if (id < 1) {
      throw new IllegalArgumentException(
          "the retired placeholder's id must be positive, was " + id);
    }
    return new RetiredPlaceholder("", OptionalLong.of(id));
  }

  /** The key under which erasure counts report the rows of {@code table} reassigned to it. */
  static String countKey(String table) {
    return table + " (reassigned)";
  }

  /** Leaves the placeholder out of a query on {@code auth_user}. */
  Condition excluded() {
    return configuredId.isPresent() ? ID.ne(configuredId.getAsLong()) : USERNAME.ne(username);
  }

  /** Whether this user id is the placeholder's (as far as it is known without writing). */
  boolean is(DSLContext dsl, long userId) {
    OptionalLong id = lookup(dsl);
    return id.isPresent() && id.getAsLong() == userId;
  }

  /** The placeholder's id if it exists, read-only (a dry run never creates it). */
  OptionalLong lookup(DSLContext dsl) {
    if (resolved > 0 || configuredId.isPresent()) {
      return OptionalLong.of(resolved > 0 ? resolved : configuredId.getAsLong());
    }
    Long id = dsl.select(ID).from(TABLE).where(USERNAME.eq(username)).fetchOne(ID);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** The placeholder's id, created now if it does not exist yet (in its own short transaction). */
  long ensure(DSLContext dsl) {
    if (resolved > 0) {
      return resolved;
    }
    long id;
    if (configuredId.isPresent()) {
      id = configuredId.getAsLong();
      if (!dsl.fetchExists(TABLE, ID.eq(id))) {
        throw new IllegalStateException(
            "MORK_EDX_RETIRED_USER_ID=" + id + ": there is no such auth_user row");
      }
    } else {
      id = existing(dsl).orElseGet(() -> create(dsl));
    }
    resolved = id;
    return id;
  }

  private OptionalLong existing(DSLContext dsl) {
    var row =
        dsl.select(ID, PASSWORD, IS_ACTIVE).from(TABLE).where(USERNAME.eq(username)).fetchOne();
    if (row == null) {
      return OptionalLong.empty();
    }
    if (Boolean.TRUE.equals(row.value3()) || !row.value2().startsWith("!")) {
      throw new IllegalStateException(
          "auth_user #"
              + row.value1()
              + " has the retired placeholder's username but is active or has a usable password:"
              + " set MORK_EDX_RETIRED_USERNAME to another name, or MORK_EDX_RETIRED_USER_ID");
    }
    return OptionalLong.of(row.value1());
  }

  private long create(DSLContext dsl) {
    try {
      dsl.insertInto(TABLE)
          .set(PASSWORD, unusablePassword())
          .set(AuthUser.LAST_LOGIN, (java.time.LocalDateTime) null)
          .set(AuthUser.IS_SUPERUSER, false)
          .set(USERNAME, username)
          .set(field(name("first_name"), String.class), "")
          .set(field(name("last_name"), String.class), "")
          .set(AuthUser.EMAIL, username + "@retired.invalid")
          .set(AuthUser.IS_STAFF, false)
          .set(IS_ACTIVE, false)
          .set(AuthUser.DATE_JOINED, AuthUser.utc(Instant.now()))
          .execute();
    } catch (DataAccessException e) {
      // another worker created it first (unique username), or this edX needs more columns
      OptionalLong raced = existing(dsl);
      if (raced.isPresent()) {
        return raced.getAsLong();
      }
      throw new IllegalStateException(
          "cannot create the retired placeholder in auth_user ("
              + e.getMessage()
              + "): create one and set MORK_EDX_RETIRED_USER_ID",
          e);
    }
    long id = existing(dsl).orElseThrow();
    LOG.info("created the retired placeholder: auth_user #{}", id);
    return id;
  }

  /** Django's unusable password: a "!" followed by random characters, matching no hash. */
  private static String unusablePassword() {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder("!");
    for (int i = 0; i < 40; i++) {
      s.append(letters.charAt(random.nextInt(letters.length())));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return configuredId.isPresent()
        ? "RetiredPlaceholder[id=" + configuredId.getAsLong() + "]"
        : "RetiredPlaceholder[username=" + username + "]";
  }
}

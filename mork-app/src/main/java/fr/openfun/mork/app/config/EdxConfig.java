package fr.openfun.mork.app.config;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The edX MySQL database ({@code MORK_EDX_MYSQL_DB_*}), or the embedded demo database (H2 in MySQL
 * mode, in the data folder) when no host is configured. {@code jdbcUrl} is ready for either. The
 * retired placeholder ({@code MORK_EDX_RETIRED_USERNAME}, or an existing {@code
 * MORK_EDX_RETIRED_USER_ID}) receives the NOT NULL actor columns of erased users.
 */
public record EdxConfig(
    boolean demo,
    String jdbcUrl,
    String user,
    Secret password,
    int queryBatchSize,
    long forumPlaceholderUserId,
    boolean debug,
    String retiredUsername,
    OptionalLong retiredUserId) {
  public EdxConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(retiredUsername, "retiredUsername");
    Objects.requireNonNull(retiredUserId, "retiredUserId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }
}

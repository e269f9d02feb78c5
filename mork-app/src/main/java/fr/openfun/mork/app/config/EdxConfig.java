package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * The edX MySQL database ({@code MORK_EDX_MYSQL_DB_*}), or the embedded demo database (H2 in MySQL
 * mode, in the data folder) when no host is configured. {@code jdbcUrl} is ready for either.
 */
public record EdxConfig(
    boolean demo,
    String jdbcUrl,
    String user,
    Secret password,
    int queryBatchSize,
    long forumPlaceholderUserId,
    boolean debug) {
  public EdxConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }
}

package fr.openfun.mork.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads the edX MySQL database ({@code MORK_EDX_MYSQL_*}) and the store ({@code MORK_DB_*}). */
final class DatabaseSection {
  private static final Pattern RETIRED_USERNAME = Pattern.compile("[\\w.@+-]{1,30}");

  private DatabaseSection() {}

  static EdxConfig edx(Settings s, Path dataDir) {
    Optional<String> host = s.optional("MORK_EDX_MYSQL_DB_HOST");
    String engine = s.string("MORK_EDX_MYSQL_DB_ENGINE", "mysql+pymysql");
    if (!engine.toLowerCase(Locale.ROOT).startsWith("mysql")
        && !engine.toLowerCase(Locale.ROOT).startsWith("mariadb")) {
      s.problem(
          "MORK_EDX_MYSQL_DB_ENGINE: '" + engine + "' is not supported; expected mysql or mariadb");
    }
    String name = s.string("MORK_EDX_MYSQL_DB_NAME", "edxapp");
    String user = s.string("MORK_EDX_MYSQL_DB_USER", "edxapp");
    Secret password = s.secret("MORK_EDX_MYSQL_DB_PASSWORD", "");
    int port = s.integer("MORK_EDX_MYSQL_DB_PORT", 3306, 1, 65535);
    boolean debug = s.bool("MORK_EDX_MYSQL_DB_DEBUG", false);
    int batch = s.integer("MORK_EDX_MYSQL_QUERY_BATCH_SIZE", 10_000, 1, 100_000);
    long placeholder = s.integer("MORK_EDX_FORUM_PLACEHOLDER_USER_ID", 1234, 0, Integer.MAX_VALUE);
    String retired = s.string("MORK_EDX_RETIRED_USERNAME", "retired_user");
    if (!RETIRED_USERNAME.matcher(retired).matches()) {
      s.problem(
          "MORK_EDX_RETIRED_USERNAME: '"
              + retired
              + "' is not an edX username (1-30 letters, digits or @.+-_)");
    }
    OptionalLong retiredId = retiredId(s);
    if (host.isEmpty()) {
      String url =
          "jdbc:h2:file:"
              + dataDir.resolve("demo-edx").toAbsolutePath()
              + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
      s.rememberDerived("edX database", "embedded demo (H2, MySQL mode) in " + dataDir);
      return new EdxConfig(
          true, url, "sa", Secret.of(""), batch, placeholder, debug, retired, retiredId);
    }
    if (password.isEmpty()) {
      s.warning("MORK_EDX_MYSQL_DB_PASSWORD is empty while MORK_EDX_MYSQL_DB_HOST is set");
    }
    String url = "jdbc:mariadb://" + host.get() + ":" + port + "/" + name;
    return new EdxConfig(false, url, user, password, batch, placeholder, debug, retired, retiredId);
  }

  private static OptionalLong retiredId(Settings s) {
    Optional<String> value = s.optional("MORK_EDX_RETIRED_USER_ID");
    if (value.isEmpty() || value.get().isBlank()) {
      return OptionalLong.empty();
    }
    try {
      long id = Long.parseLong(value.get().trim());
      if (id > 0) {
        return OptionalLong.of(id);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    s.problem("MORK_EDX_RETIRED_USER_ID: '" + value.get() + "' is not a positive auth_user id");
    return OptionalLong.empty();
  }

  static StoreConfig store(Settings s, Path dataDir) {
    Optional<String> host = s.optional("MORK_DB_HOST");
    String engine =
        s.string("MORK_DB_ENGINE", host.isPresent() ? "postgresql" : "h2").toLowerCase(Locale.ROOT);
    String name = s.string("MORK_DB_NAME", "mork-db");
    String user = s.string("MORK_DB_USER", "fun");
    Secret password = s.secret("MORK_DB_PASSWORD", "");
    int port = s.integer("MORK_DB_PORT", 5432, 1, 65535);
    int pool = s.integer("MORK_DB_POOL_SIZE", 10, 1, 200);
    s.bool("MORK_DB_DEBUG", false);
    boolean supported = engine.startsWith("h2") || engine.startsWith("postgres");
    if (!supported) {
      s.problem(
          "MORK_DB_ENGINE: '"
              + engine
              + "' is not supported; expected postgresql (or h2, embedded)");
    }
    if (!supported || engine.startsWith("h2")) {
      host.ifPresent(h -> s.warning("MORK_DB_HOST is ignored: MORK_DB_ENGINE is h2"));
      String url = "jdbc:h2:file:" + dataDir.resolve("mork").toAbsolutePath() + ";MODE=PostgreSQL";
      return new StoreConfig(StoreConfig.Kind.H2, url, "sa", Secret.of(""), pool);
    }
    if (host.isEmpty()) {
      s.problem("MORK_DB_HOST: required when MORK_DB_ENGINE is postgresql (a host name)");
    }
    String url = "jdbc:postgresql://" + host.orElse("localhost") + ":" + port + "/" + name;
    return new StoreConfig(StoreConfig.Kind.POSTGRESQL, url, user, password, pool);
  }
}

package fr.openfun.mork.app;

import fr.openfun.mork.adapter.edx.EdxDatabase;
import fr.openfun.mork.adapter.edx.EdxDatabaseSettings;
import fr.openfun.mork.adapter.edx.EdxDialect;
import fr.openfun.mork.adapter.edx.ErasureRules;
import fr.openfun.mork.adapter.edx.RetiredPlaceholder;
import fr.openfun.mork.app.config.EdxConfig;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.app.demo.DemoEdxDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the edX side: the pool (and, embedded, the seeded demo database) and the rules. */
final class EdxWiring {
  private static final Logger LOG = LoggerFactory.getLogger(EdxWiring.class);

  private EdxWiring() {}

  /** Opens the edX database; {@code demoCreated} is told whether a new demo was just seeded. */
  static EdxDatabase open(MorkConfig config, Clock clock, Runnable demoCreated) {
    EdxConfig edx = config.edx();
    Map<String, String> vars = config.variables();
    EdxDialect dialect = edx.demo() ? EdxDialect.H2 : dialect(vars.get("MORK_EDX_DIALECT"));
    EdxDatabaseSettings base =
        EdxDatabaseSettings.of(edx.jdbcUrl(), edx.user(), edx.password().value(), dialect);
    EdxDatabaseSettings settings =
        new EdxDatabaseSettings(
                base.jdbcUrl(),
                base.user(),
                base.password(),
                base.readReplicaUrl(),
                base.dialect(),
                base.queryTimeout(),
                base.batchSize(),
                base.pauseBetweenPages(),
                base.maxPoolSize(),
                edx.debug())
            .withBatchSize(edx.queryBatchSize());
    Optional<String> replica = Optional.ofNullable(vars.get("MORK_EDX_READ_REPLICA_URL"));
    if (replica.isPresent() && !replica.get().isBlank()) {
      settings = settings.withReadReplica(replica.get());
    }
    EdxDatabase database = new EdxDatabase(settings);
    if (edx.demo() && seedDemo(database, clock)) {
      demoCreated.run();
    }
    return database;
  }

  static ErasureRules rules(MorkConfig config) {
    String file = config.variables().getOrDefault("MORK_EDX_RULES_FILE", "");
    return file.isBlank() ? ErasureRules.defaults() : ErasureRules.defaultsWith(Path.of(file));
  }

  /** The retired placeholder: an operator-given existing id, else the configured username. */
  static RetiredPlaceholder retired(MorkConfig config) {
    EdxConfig edx = config.edx();
    return edx.retiredUserId().isPresent()
        ? RetiredPlaceholder.withId(edx.retiredUserId().getAsLong())
        : RetiredPlaceholder.named(edx.retiredUsername());
  }

  private static EdxDialect dialect(String value) {
    if (value == null || value.isBlank()) {
      return EdxDialect.MARIADB;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "mariadb" -> EdxDialect.MARIADB;
      case "mysql" -> EdxDialect.MYSQL;
      default ->
          throw new IllegalArgumentException(
              "MORK_EDX_DIALECT: '" + value + "' is not mariadb or mysql");
    };
  }

  private static boolean seedDemo(EdxDatabase database, Clock clock) {
    try (Connection connection = database.primaryDataSource().getConnection()) {
      boolean created = new DemoEdxDatabase(clock).createIfAbsent(connection);
      if (created) {
        LOG.info("embedded demo edX database created and seeded");
      }
      return created;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the demo edX database: " + e.getMessage(), e);
    }
  }
}

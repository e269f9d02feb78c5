package fr.openfun.mork.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import fr.openfun.mork.app.config.LogFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How Logback configures itself on the first logger, before Mork has read its configuration (named
 * in {@code META-INF/services}, Logback's hook for configuration in code): {@code MORK_LOG_FORMAT}
 * and {@code MORK_LOG_LEVEL} from the environment, as a {@code logback.xml} would substitute them.
 * {@link LogbackSetup#apply} then applies the values of the configuration file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class MorkLogbackConfigurator extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LogFormat format =
        "json".equals(variable("MORK_LOG_FORMAT").orElse("text").toLowerCase(Locale.ROOT))
            ? LogFormat.JSON
            : LogFormat.TEXT;
    LogbackConfiguration.configure(context, format, variable("MORK_LOG_LEVEL").orElse("INFO"));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static Optional<String> variable(String name) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}

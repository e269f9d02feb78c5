package fr.openfun.mork.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MorkLogbackConfiguratorTest {
  private final LoggerContext context = new LoggerContext();

  @AfterEach
  void stopContext() {
    System.clearProperty("MORK_LOG_FORMAT");
    System.clearProperty("MORK_LOG_LEVEL");
    context.stop();
  }

  @Test
  void givenNoVariable_configure_logsTextAtInfoThroughTheAsyncAppender() {
    ExecutionStatus status = configure();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(root.getAppender("async-text").isStarted()).isTrue();
    assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void givenJsonAndDebug_configure_logsJsonAtDebug() {
    System.setProperty("MORK_LOG_FORMAT", "json");
    System.setProperty("MORK_LOG_LEVEL", "DEBUG");

    configure();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(root.getAppender("async-json").isStarted()).isTrue();
    assertThat(root.getAppender("async-text")).isNull();
  }

  private ExecutionStatus configure() {
    MorkLogbackConfigurator configurator = new MorkLogbackConfigurator();
    configurator.setContext(context);
    return configurator.configure(context);
  }
}

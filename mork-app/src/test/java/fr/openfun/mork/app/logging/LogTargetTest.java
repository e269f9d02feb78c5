package fr.openfun.mork.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Through the real logging configuration: logs go to stderr in both formats, stdout is left to
 * results.
 */
class LogTargetTest {
  private static final Logger LOG = LoggerFactory.getLogger("fr.openfun.mork.test");
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    LogbackSetup.apply(LogFormat.TEXT, "INFO");
  }

  @Test
  void givenTextFormat_aLogLine_goesToStderrOnly() {
    capture(LogFormat.TEXT);

    LOG.info("store migrated");

    assertThat(drained(err)).contains("INFO", "store migrated");
    assertThat(drained(out)).isEmpty();
  }

  @Test
  void givenJsonFormat_aLogLine_goesToStderrOnly() {
    capture(LogFormat.JSON);

    LOG.warn("service rejects Mork");

    assertThat(drained(err)).startsWith("{").contains("service rejects Mork");
    assertThat(drained(out)).isEmpty();
  }

  @Test
  void givenAQuietFloor_anInfoLine_isDroppedAndAWarningKept() {
    capture(LogFormat.TEXT);
    LogbackSetup.atLeast("WARN");

    LOG.info("store migrated");
    LoggerFactory.getLogger("org.flywaydb.core.FlywayExecutor").info("Database: jdbc:h2");
    LOG.warn("service rejects Mork");

    assertThat(drained(err))
        .contains("service rejects Mork")
        .doesNotContain("store migrated", "Database: jdbc:h2");
  }

  private void capture(LogFormat format) {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    LogbackSetup.apply(format, "INFO");
  }

  private static String drained(ByteArrayOutputStream buffer) {
    LogbackSetup.drain();
    return buffer.toString(StandardCharsets.UTF_8);
  }
}

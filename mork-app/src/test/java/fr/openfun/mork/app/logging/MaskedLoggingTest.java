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
 * Through the real logging configuration: an email logged at any level never reaches the output.
 */
class MaskedLoggingTest {
  private static final Logger LOG = LoggerFactory.getLogger("fr.openfun.mork.test");
  private final PrintStream originalErr = System.err;

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    LogbackSetup.apply(LogFormat.TEXT, "INFO");
  }

  @Test
  void givenTextFormat_anEmailLoggedAtInfo_isMasked() {
    ByteArrayOutputStream captured = capture(LogFormat.TEXT);

    LOG.info("warning sent to {}", "jane.doe@example.org");

    assertThat(output(captured))
        .contains("warning sent to j***@e***.org")
        .doesNotContain("jane.doe@");
  }

  @Test
  void givenJsonFormat_anEmailLoggedAtInfo_isMaskedInEveryField() {
    ByteArrayOutputStream captured = capture(LogFormat.JSON);

    LOG.info("warning sent to {}", "jane.doe@example.org");

    assertThat(output(captured))
        .startsWith("{")
        .contains("j***@e***.org")
        .doesNotContain("jane.doe@");
  }

  @Test
  void givenTextFormat_anEmailInAnExceptionMessage_isMasked() {
    ByteArrayOutputStream captured = capture(LogFormat.TEXT);

    LOG.error("erasure failed", new IllegalStateException("no user jane.doe@example.org"));

    assertThat(output(captured)).contains("no user j***@e***.org").doesNotContain("jane.doe@");
  }

  @Test
  void givenAUsernameNamedInTheMessage_logging_masksIt() {
    ByteArrayOutputStream captured = capture(LogFormat.TEXT);

    LOG.warn("spared username={} who logged in", "janedoe42");

    assertThat(output(captured)).contains("username=j***").doesNotContain("janedoe42");
  }

  @Test
  void givenDebugLevelConfigured_anEmailLoggedAtDebug_isMaskedToo() {
    ByteArrayOutputStream captured = capture(LogFormat.TEXT, "DEBUG");

    LOG.debug("looking up {}", "john@example.com");

    assertThat(output(captured)).contains("j***@e***.com").doesNotContain("john@example.com");
  }

  private ByteArrayOutputStream capture(LogFormat format) {
    return capture(format, "INFO");
  }

  private ByteArrayOutputStream capture(LogFormat format, String level) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    LogbackSetup.apply(format, level);
    return buffer;
  }

  private static String output(ByteArrayOutputStream buffer) {
    LogbackSetup.drain();
    return buffer.toString(StandardCharsets.UTF_8);
  }
}

package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's commands on the embedded demo, both streams captured apart: the result on stdout,
 * logs (Flyway creating the store on first use, among others) on stderr only.
 */
class CliStreamsIT {
  private static final Path JAR = Path.of("target", "mork.jar");
  private static final Pattern LOG_LINE =
      Pattern.compile("(?m)^\\d{4}-\\d{2}-\\d{2}T[0-9:.+\\-Z]+ +(TRACE|DEBUG|INFO|WARN|ERROR) ");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Shared by the tests that need no fresh store: the demo edX is created once. */
  @TempDir static Path shared;

  @TempDir Path fresh;

  record Run(int status, String out, String err) {}

  @Test
  void givenPlanOnAFreshStore_run_logsOnStderrAndPrintsOnlyThePlanOnStdout() throws Exception {

    Run plan = mork(fresh, "plan");

    assertThat(plan.status()).isZero();
    assertThat(plan.err()).containsPattern(LOG_LINE).contains("Flyway");
    assertThat(plan.out()).doesNotContainPattern(LOG_LINE).startsWith("edX erasure plan ");
  }

  @Test
  void givenPlanJson_run_printsOneJsonDocumentOnStdout() throws Exception {

    Run plan = mork("plan", "--json");

    JsonNode document = JSON.readTree(plan.out());
    assertThat(plan.status()).isZero();
    assertThat(plan.err()).containsPattern(LOG_LINE).contains("edX erasure plan");
    assertThat(document.path("fingerprint").asText()).matches("[0-9a-f]{16}");
    assertThat(document.path("steps").size()).isPositive();
  }

  @Test
  void givenTasksJson_run_printsAJsonListOnStdout() throws Exception {

    Run tasks = mork("tasks", "--json");

    assertThat(tasks.status()).isZero();
    assertThat(JSON.readTree(tasks.out()).isArray()).isTrue();
  }

  @Test
  void givenUsersJson_run_printsAJsonListOnStdout() throws Exception {

    Run users = mork("users", "--json");

    assertThat(users.status()).isZero();
    assertThat(JSON.readTree(users.out()).isArray()).isTrue();
  }

  @Test
  void givenPlanQuiet_run_printsThePlanAndNoLogAtAll() throws Exception {

    Run plan = mork("plan", "--quiet");

    assertThat(plan.status()).isZero();
    assertThat(plan.out()).startsWith("edX erasure plan ").doesNotContainPattern(LOG_LINE);
    assertThat(plan.err()).isEmpty();
  }

  @Test
  void givenAMissingTaskQuiet_run_keepsTheFailureStatus() throws Exception {

    Run task = mork("tasks", "--id", "5f0c7a52-8f35-4c0e-9a3c-1d2e3f4a5b6c", "-q");

    assertThat(task.status()).isEqualTo(1);
    assertThat(task.out()).isEqualTo("no task 5f0c7a52-8f35-4c0e-9a3c-1d2e3f4a5b6c\n");
    assertThat(task.err()).isEmpty();
  }

  private Run mork(String... args) throws IOException, InterruptedException {
    return mork(shared, args);
  }

  private synchronized Run mork(Path dataDir, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(fresh, "stdout", ".txt");
    Path err = Files.createTempFile(fresh, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("MORK_"));
    builder.environment().put("MORK_DATA_DIR", dataDir.resolve("data").toString());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("mork " + String.join(" ", args) + " did not end");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

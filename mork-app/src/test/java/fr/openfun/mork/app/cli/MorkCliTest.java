package fr.openfun.mork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MorkCliTest {
  private final FakeRuntime runtime = new FakeRuntime();
  private final List<Runnable> hooks = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Map<String, String> environment = Map.of();

  private int run(String... args) {
    CliContext context =
        new CliContext(
            () -> MorkConfigLoader.load(environment),
            config -> runtime,
            new PrintWriter(out),
            System.err,
            false,
            hooks::add);
    return MorkCli.run(context, new PrintWriter(err), args);
  }

  @Test
  void givenNoArgument_run_servesInTheConfiguredMode() {
    environment = Map.of("MORK_RUN_MODE", "worker");

    int status = run();

    assertThat(status).isZero();
    assertThat(runtime.calls).containsExactly(RunMode.WORKER);
  }

  @Test
  void givenApi_run_startsTheApiOnlyAndStopsOnSigterm() {
    run("api");

    hooks.forEach(Runnable::run);

    assertThat(runtime.calls).containsExactly(RunMode.API);
    assertThat(runtime.stopped).isTrue();
  }

  @Test
  void givenWarn_run_isADryRunByDefault() {
    int status = run("warn");

    assertThat(status).isZero();
    assertThat(runtime.calls)
        .containsExactly(new WarnInactiveUsersUseCase.Command(true, OptionalInt.empty(), 0));
    assertThat(out.toString()).contains("email_inactive_users (dry run: nothing was changed)");
  }

  @Test
  void givenDeleteWithNoDryRunLimitAndForce_run_passesThemOn() {
    run("delete", "--no-dry-run", "--limit", "5", "--force");

    assertThat(runtime.calls)
        .containsExactly(
            new DeleteInactiveUsersUseCase.Command(false, OptionalInt.of(5), true, List.of()));
  }

  @Test
  void givenDeleteWithoutOptions_run_isADryRunWithoutForce() {
    run("delete");

    assertThat(runtime.calls)
        .containsExactly(
            new DeleteInactiveUsersUseCase.Command(true, OptionalInt.empty(), false, List.of()));
  }

  @Test
  void givenATrippedGuard_run_exitsWithTheSafetyStatus() {
    runtime.stop = Optional.of(new RunStop(RunStop.Kind.GUARD, "would delete 40 of 300"));

    int status = run("delete");

    assertThat(status).isEqualTo(4);
    assertThat(out.toString()).contains("stopped (GUARD): would delete 40 of 300");
  }

  @Test
  void givenDeleteUserWithoutEmail_run_failsWithUsage() {
    int status = run("delete-user");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--email=EMAIL'");
  }

  @Test
  void givenDeleteUser_run_isADryRunRequestedByTheUser() {
    run("delete-user", "--email", "jane@example.org");

    assertThat(runtime.calls)
        .containsExactly(
            new DeleteUserUseCase.Command("jane@example.org", DeletionReason.USER_REQUESTED, true));
  }

  @Test
  void givenPlanForOneEmail_run_printsRowCountsWithTheEmailMasked() {
    run("plan", "--email", "jane@example.org");

    assertThat(out.toString())
        .contains("j***@e***.org: would erase auth_user=1, student_courseenrollment=3")
        .doesNotContain("jane@");
  }

  @Test
  void givenReplayErasures_run_isADryRunByDefault() {
    run("replay-erasures");

    assertThat(runtime.calls).containsExactly("replay dryRun=true");
  }

  @Test
  void givenMigrate_run_printsTheRuntimeSummary() {
    run("migrate");

    assertThat(out.toString()).contains("store migrated to version 3");
  }

  @Test
  void givenConfig_run_printsWithoutBuildingTheRuntime() {
    environment = Map.of("MORK_API_KEYS", "operator-key-0123456789");

    int status = run("config");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("MORK_API_KEYS").doesNotContain("operator-key-0123456789");
    assertThat(runtime.calls).isEmpty();
  }

  @Test
  void givenAnInvalidConfiguration_run_exitsWith3NamingTheVariable() {
    environment = Map.of("MORK_DELETION_PERIOD", "five years");

    int status = run("warn");

    assertThat(status).isEqualTo(3);
    assertThat(err.toString())
        .contains("MORK_DELETION_PERIOD: 'five years' is not an ISO-8601 period");
  }

  @Test
  void givenServeWithAnInvalidConfiguration_run_exitsWith3NamingTheVariable() {
    environment = Map.of("MORK_DELETION_PERIOD", "five years");

    int status = run("serve");

    assertThat(status).isEqualTo(3);
    assertThat(err.toString())
        .contains("MORK_DELETION_PERIOD: 'five years' is not an ISO-8601 period");
    assertThat(runtime.calls).isEmpty();
  }

  @Test
  void givenWorker_run_startsTheWorkerOnlyAndClosesTheRuntime() {
    int status = run("worker");

    assertThat(status).isZero();
    assertThat(runtime.calls).containsExactly(RunMode.WORKER);
    assertThat(runtime.closed).isTrue();
  }

  @Test
  void givenServeHelp_run_printsTheServeUsageWithoutStarting() {
    int status = run("serve", "--help");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("Run the API and the worker (MORK_RUN_MODE).");
    assertThat(runtime.calls).isEmpty();
  }

  @Test
  void givenAnyCommand_run_closesTheRuntime() {
    run("warn");

    boolean closed = runtime.closed;

    assertThat(closed).isTrue();
  }

  @Test
  void givenHelp_run_listsEveryCommand() {
    run("--help");

    assertThat(out.toString())
        .contains(
            "serve",
            "api",
            "worker",
            "migrate",
            "config",
            "plan",
            "warn",
            "delete",
            "delete-user",
            "tasks",
            "users",
            "replay-erasures");
  }
}

package fr.openfun.mork.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskProgress;
import fr.openfun.mork.domain.model.TaskQuery;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.model.TaskType;
import fr.openfun.mork.domain.port.out.TaskRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskRepository} guarantees. */
public abstract class TaskRepositoryContractTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private static final Actor CALLER = Actor.of("api-key-admin");
  private TaskRepository tasks;

  /** A new, empty repository (each call). */
  protected abstract TaskRepository newTasks();

  @BeforeEach
  void createRepository() {
    tasks = newTasks();
  }

  private static Task pending(TaskParameters parameters, Instant at) {
    return Task.pending(UUID.randomUUID(), parameters, true, at, CALLER);
  }

  private static RunReport report() {
    return new RunReport(
        TaskType.DELETE_INACTIVE_USERS,
        true,
        new TaskProgress(120, 7, 5, 1, 1, 4242),
        Map.of("would_delete", 5L, "protected", 1L),
        List.of(
            new ReportEntry(
                4242,
                "l***@e***.org",
                "would_delete",
                "",
                Map.of("auth_user", 1L, "student_courseenrollment", 3L))),
        false,
        List.of(4242L, 4243L),
        Optional.of(new RunStop(RunStop.Kind.LIMIT, "limit of 7 reached")));
  }

  @Test
  void givenEveryParameterType_createThenFind_roundTripsTheTask() {
    List<TaskParameters> all =
        List.of(
            new TaskParameters.EmailInactiveUsers(OptionalInt.of(50)),
            new TaskParameters.EmailUser("jane@example.org", "jane"),
            new TaskParameters.DeleteInactiveUsers(OptionalInt.empty(), true, List.of(1L, 2L)),
            new TaskParameters.DeleteUser("jane@example.org", DeletionReason.USER_REQUESTED));

    List<Task> created = all.stream().map(p -> pending(p, T0)).toList();
    created.forEach(tasks::create);

    assertThat(created).allSatisfy(t -> assertThat(tasks.findById(t.id())).contains(t));
  }

  @Test
  void givenFinishedTask_update_roundTripsProgressReportAndError() {
    Task task =
        pending(new TaskParameters.DeleteInactiveUsers(OptionalInt.of(7), false, List.of()), T0);
    tasks.create(task);

    Task done =
        task.started(T0.plusSeconds(1))
            .finished(TaskStatus.FAILURE, report(), Optional.of("stopped"), T0.plusSeconds(9));
    tasks.update(done);

    assertThat(tasks.findById(task.id())).contains(done);
  }

  @Test
  void givenExistingId_create_throwsIllegalArgument() {
    Task task = pending(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()), T0);
    tasks.create(task);

    assertThatThrownBy(() -> tasks.create(task)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenUnknownId_update_throwsIllegalArgument() {
    Task task = pending(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()), T0);

    assertThatThrownBy(() -> tasks.update(task)).isInstanceOf(IllegalArgumentException.class);
    assertThat(tasks.findById(task.id())).isEmpty();
  }

  @Test
  void givenTasks_search_filtersByTypeAndStatusNewestFirst() {
    Task old = pending(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()), T0);
    Task recent =
        pending(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()), T0.plusSeconds(60));
    Task other = pending(new TaskParameters.DeleteUser("x@example.org", DeletionReason.GDPR), T0);
    Task started =
        pending(new TaskParameters.EmailInactiveUsers(OptionalInt.empty()), T0.plusSeconds(30))
            .started(T0.plusSeconds(31));
    List.of(old, recent, other, started).forEach(tasks::create);

    var pendingEmails =
        tasks.search(
            new TaskQuery(
                Optional.of(TaskType.EMAIL_INACTIVE_USERS),
                Optional.of(TaskStatus.PENDING),
                0,
                10));
    var secondPage = tasks.search(new TaskQuery(Optional.empty(), Optional.empty(), 1, 2));

    assertThat(pendingEmails).extracting(Task::id).containsExactly(recent.id(), old.id());
    assertThat(secondPage)
        .extracting(Task::id)
        .hasSize(2)
        .doesNotContain(recent.id())
        .contains(started.id());
  }
}

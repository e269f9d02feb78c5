package fr.openfun.mork.domain.service.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase.Command;
import fr.openfun.mork.testing.InMemoryWorld;
import fr.openfun.mork.testing.LedgerFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeleteUserServiceTest {
  private final InMemoryWorld world = new InMemoryWorld();

  private DeleteUserService service() {
    return new DeleteUserService(
        world.directory, world.ledger, world.control, world.edx, world.settings, world.clock);
  }

  @Test
  void givenUnknownEmail_deleteUser_reportsNotFoundAndWritesNothing() {
    world.addActiveUser();
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report =
        service()
            .deleteUser(new Command("nobody@example.org", DeletionReason.USER_REQUESTED, false));

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.entries())
        .extracting(ReportEntry::outcome, ReportEntry::who)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("not_found", "n***@e***.org"));
  }

  @Test
  void givenActiveUserAskingForErasure_deleteUser_recordsThemInEveryService() {
    EdxUser user = world.addActiveUser();

    service().deleteUser(new Command(user.email(), DeletionReason.USER_REQUESTED, false));

    MorkUser recorded = world.ledger.findByEdxUserId(user.id()).orElseThrow();
    assertThat(recorded.reason()).isEqualTo(DeletionReason.USER_REQUESTED);
    assertThat(recorded.serviceStatuses())
        .extracting(ServiceStatus::service)
        .containsExactlyElementsOf(LedgerFixtures.defaultServices());
  }

  @Test
  void givenDryRun_deleteUser_writesNothingAndReportsEdxRowCounts() {
    EdxUser user = world.addActiveUser();
    world.edx.answering(
        r ->
            new fr.openfun.mork.domain.model.ErasureOutcome.Erased(
                Map.of("auth_user", 1L, "student_courseenrollment", 3L)));
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report =
        service().deleteUser(new Command(user.email(), DeletionReason.USER_REQUESTED, true));

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.entries())
        .singleElement()
        .extracting(ReportEntry::counts)
        .isEqualTo(Map.of("auth_user", 1L, "student_courseenrollment", 3L));
  }

  @Test
  void givenPaused_deleteUser_recordsNothing() {
    EdxUser user = world.addActiveUser();
    world.control.setPaused(true, world.now(), Actor.SYSTEM);
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report =
        service().deleteUser(new Command(user.email(), DeletionReason.USER_REQUESTED, false));

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.stop()).map(RunStop::kind).contains(RunStop.Kind.PAUSED);
  }
}

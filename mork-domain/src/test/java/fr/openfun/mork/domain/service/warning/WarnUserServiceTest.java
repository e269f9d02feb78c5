package fr.openfun.mork.domain.service.warning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.port.in.WarnUserUseCase.Command;
import fr.openfun.mork.testing.InMemoryWorld;
import org.junit.jupiter.api.Test;

class WarnUserServiceTest {
  private final InMemoryWorld world = new InMemoryWorld();

  private WarnUserService service() {
    return new WarnUserService(
        world.directory, world.warnings, world.notifier, world.settings, world.clock);
  }

  @Test
  void givenUsernameOfAnotherUser_warnUser_reportsNotFoundAndSendsNothing() {
    EdxUser user = world.addInactiveUser();
    EdxUser other = world.addInactiveUser();

    RunReport report = service().warnUser(new Command(user.email(), other.username(), false));

    assertThat(report.entries()).extracting(ReportEntry::outcome).containsExactly("not_found");
    assertThat(world.notifier.warnings()).isEmpty();
  }

  @Test
  void givenMatchingInactiveUser_warnUser_sendsAndRecords() {
    EdxUser user = world.addInactiveUser();

    RunReport report =
        service().warnUser(new Command(user.email().toUpperCase(), user.username(), false));

    assertThat(report.entries()).extracting(ReportEntry::outcome).containsExactly("warned");
    assertThat(world.warnings.all()).hasSize(1);
  }

  @Test
  void givenActiveUser_warnUser_reportsNothingDue() {
    EdxUser user = world.addActiveUser();

    RunReport report = service().warnUser(new Command(user.email(), user.username(), false));

    assertThat(report.entries()).extracting(ReportEntry::outcome).containsExactly("nothing_due");
  }

  @Test
  void givenDryRun_warnUser_writesNothing() {
    EdxUser user = world.addInactiveUser();
    InMemoryWorld.Snapshot before = world.snapshot();

    RunReport report = service().warnUser(new Command(user.email(), user.username(), true));

    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(report.entries()).extracting(ReportEntry::outcome).containsExactly("would_warn");
  }
}

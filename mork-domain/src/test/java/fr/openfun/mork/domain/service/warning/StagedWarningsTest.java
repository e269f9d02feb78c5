package fr.openfun.mork.domain.service.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase.Command;
import fr.openfun.mork.domain.port.in.WarnUserUseCase;
import fr.openfun.mork.domain.port.out.StagedWarning;
import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import fr.openfun.mork.testing.InMemoryWorld;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The warn run stages the next warning while it records the previous one, and delivers it only once
 * that record is stored: at most one warning is accepted and not recorded at any time.
 */
class StagedWarningsTest {
  private final InMemoryWorld world = new InMemoryWorld(); // pages of 2 users
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final StagingNotifier notifier = new StagingNotifier();
  private final LoggingWarnings warnings = new LoggingWarnings();

  private WarnInactiveUsersService service() {
    return new WarnInactiveUsersService(
        world.directory, warnings, notifier, world.settings, world.clock);
  }

  private static Command real() {
    return new Command(false, OptionalInt.empty(), 0);
  }

  @Test
  void givenThreeDueUsers_warnRun_recordsEachWarningBeforeDeliveringTheNext() {
    long a = world.addInactiveUser().id();
    long b = world.addInactiveUser().id();
    long c = world.addInactiveUser().id();

    service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(events)
        .containsExactly(
            "stage " + a,
            "deliver " + a,
            "stage " + b,
            "record " + a,
            "deliver " + b,
            "record " + b,
            "stage " + c,
            "deliver " + c,
            "record " + c);
  }

  @Test
  void givenRecordFailing_warnRun_abandonsTheStagedWarningAndStops() {
    long a = world.addInactiveUser().id();
    long b = world.addInactiveUser().id();
    warnings.failFor = a;

    assertThatThrownBy(() -> service().warnInactiveUsers(real(), RunObserver.NONE))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(events)
        .containsExactly("stage " + a, "deliver " + a, "stage " + b, "record " + a, "abandon " + b);
  }

  @Test
  void givenObserver_warnRun_reportsAPageOnlyOnceItsWarningsAreRecorded() {
    world.addInactiveUser();
    world.addInactiveUser();
    List<Integer> recordedAtPageEnd = new CopyOnWriteArrayList<>();

    service().warnInactiveUsers(real(), p -> recordedAtPageEnd.add(world.warnings.all().size()));

    assertThat(recordedAtPageEnd).containsExactly(2);
  }

  @Test
  void givenLimitOfOne_warnRun_deliversAndRecordsTheStagedWarningBeforeStopping() {
    long a = world.addInactiveUser().id();
    world.addInactiveUser();

    service().warnInactiveUsers(new Command(false, OptionalInt.of(1), 0), RunObserver.NONE);

    assertThat(events).containsExactly("stage " + a, "deliver " + a, "record " + a);
  }

  @Test
  void givenStagedWarningFailing_warnRun_recordsOnlyTheOthers() {
    EdxUser refused = world.addInactiveUser();
    EdxUser accepted = world.addInactiveUser();
    notifier.refuse = refused.id();

    RunReport report = service().warnInactiveUsers(real(), RunObserver.NONE);

    assertThat(world.warnings.all()).extracting(Warning::edxUserId).containsExactly(accepted.id());
    assertThat(report.progress().failed()).isEqualTo(1);
  }

  @Test
  void givenDryRun_warnRun_stagesNothing() {
    world.addInactiveUser();
    world.addInactiveUser();

    service().warnInactiveUsers(new Command(true, OptionalInt.empty(), 0), RunObserver.NONE);

    assertThat(events).isEmpty();
  }

  @Test
  void givenOneDueUser_warnUser_stagesDeliversThenRecords() {
    EdxUser user = world.addInactiveUser();
    var service =
        new WarnUserService(world.directory, warnings, notifier, world.settings, world.clock);

    service.warnUser(new WarnUserUseCase.Command(user.email(), user.username(), false));

    assertThat(events)
        .containsExactly("stage " + user.id(), "deliver " + user.id(), "record " + user.id());
  }

  /** Logs stage, deliver and abandon; refuses one user's warning at delivery. */
  private final class StagingNotifier implements WarningNotifier {
    volatile long refuse = -1;

    @Override
    public StagedWarning stage(WarningNotice notice) {
      long id = notice.user().id();
      events.add("stage " + id);
      return new StagedWarning() {
        @Override
        public NotificationOutcome deliver() {
          events.add("deliver " + id);
          return id == refuse
              ? new NotificationOutcome.Failed(FailureKind.PERMANENT, "SMTP 550 (rejected)")
              : new NotificationOutcome.Sent();
        }

        @Override
        public void abandon() {
          events.add("abandon " + id);
        }
      };
    }

    @Override
    public NotificationOutcome warn(WarningNotice notice) {
      return stage(notice).deliver();
    }

    @Override
    public NotificationOutcome notifyDeleted(DeletionNotice notice) {
      return new NotificationOutcome.Sent();
    }

    @Override
    public NotificationOutcome sendDigest(RunReport report) {
      return new NotificationOutcome.Sent();
    }
  }

  /** The world's warnings, logging each record; the store is down for one user's record. */
  private final class LoggingWarnings implements WarningRepository {
    volatile long failFor = -1;

    @Override
    public void record(Warning warning) {
      events.add("record " + warning.edxUserId());
      if (warning.edxUserId() == failFor) {
        throw new StoreUnavailableException("store down");
      }
      world.warnings.record(warning);
    }

    @Override
    public List<Warning> findFor(Collection<Long> edxUserIds) {
      return world.warnings.findFor(edxUserIds);
    }

    @Override
    public void clear(long edxUserId) {
      world.warnings.clear(edxUserId);
    }
  }
}

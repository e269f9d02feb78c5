package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.in.ReplayErasuresUseCase;
import fr.openfun.mork.testing.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wrongful deletion through a replay of erasures after an edX restore. After the backup, a new
 * learner registers and asks to be erased; the inactive users are erased too; their ledger entries
 * are minimised (hashed) a month later; then the backup is restored, and the next account created —
 * a different person — gets the erased requester's edX id back. The replay must re-erase the
 * restored inactive users and nobody else: not that newcomer, not the protected {@link Population}.
 *
 * <p>Seen failing before the fix: the replay matched ledger and edX by id alone, listed the
 * newcomer as "reappeared" and re-opened his erasure (a {@code user_requested} one, so not even the
 * activity re-check spared him): the reconciler erased him. Seen failing again with the identity
 * check of {@code JooqLedgerRepository.erasedFromEdx} reduced to the id.
 */
class ReplayAfterRestoreIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private E2eServers servers;
  private MorkApplication app;
  private EdxBackup backup;
  private DomainServices services;
  private EdxSnapshot beforeErasure;
  private long requester;

  @BeforeEach
  void start() throws Exception {
    servers = new E2eServers();
    new Population(clock).create(servers);
    MorkRuns.stubSarbacane(servers);
    Map<String, String> env = new HashMap<>(Population.exclusions());
    env.put("MORK_SERVICES", "edx,sarbacane");
    env.put("MORK_SERVICE_API_KEYS", "");
    app = new MorkApplication(MorkConfigLoader.load(MorkRuns.environment(servers, env)), clock);
    services = app.graph().services();
    new Population(clock).warn(app.graph().adapters().store().warnings());
    beforeErasure = EdxSnapshot.take(servers);
    backup = EdxBackup.take(servers);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (backup != null) {
      backup.close();
    }
    servers.close();
  }

  @Test
  void givenARestoredBackup_dryRunReplay_listsTheRestoredAndFlagsTheReusedId() throws Exception {
    eraseThenRestore();
    long newcomer = register("new_face", "new.face@learners.example.net");
    EdxSnapshot restored = EdxSnapshot.take(servers);

    ReplayErasuresUseCase.Result dry = replay(true);

    assertThat(newcomer).as("the newcomer got the requester's id").isEqualTo(requester);
    assertThat(dry.entries().stream().filter(e -> e.outcome().equals("would_replay")))
        .extracting(ReportEntry::edxUserId)
        .containsExactlyInAnyOrderElementsOf(restoredInactive());
    assertThat(dry.entries().stream().filter(e -> e.outcome().equals("id_reused")))
        .extracting(ReportEntry::edxUserId)
        .containsExactly(newcomer);
    assertThat(EdxSnapshot.take(servers).everything()).isEqualTo(restored.everything());
  }

  @Test
  void givenARestoredBackup_replay_reErasesTheRestoredAndSparesTheNewcomerWithAnErasedId()
      throws Exception {
    eraseThenRestore();
    long newcomer = register("new_face", "new.face@learners.example.net");
    EdxSnapshot newcomerJoined = EdxSnapshot.take(servers);

    ReplayErasuresUseCase.Result real = replay(false);
    MorkRuns.reconcileAll(services);

    EdxSnapshot after = EdxSnapshot.take(servers);
    assertThat(real.reappeared()).isEqualTo(restoredInactive().size());
    assertThat(after.rowsOf(newcomer))
        .as("the newcomer who got id %d", newcomer)
        .isNotEmpty()
        .containsExactlyElementsOf(newcomerJoined.rowsOf(newcomer));
    for (long id : Population.everyProtected()) {
      assertThat(after.rowsOf(id)).as("rows of %d", id).isEqualTo(beforeErasure.rowsOf(id));
    }
    assertThat(EdxRows.referencing(servers, restoredInactive())).isZero();
  }

  /**
   * A learner registers after the backup and asks to be erased; the inactive users are erased; a
   * month later the ledger is minimised; then the backup is restored.
   */
  private void eraseThenRestore() throws Exception {
    requester = register("asked_to_go", "asked.to.go@learners.example.net");
    MorkRuns.deleteUser(services, "asked.to.go@learners.example.net", false);
    MorkRuns.deleteInactive(services, false, false);
    MorkRuns.reconcileAll(services);
    List<Long> erased = new ArrayList<>(restoredInactive());
    erased.add(requester);
    assertThat(MorkRuns.withStatus(services, "edx", DeletionStatus.DELETED))
        .containsExactlyInAnyOrderElementsOf(erased);
    clock.advance(Duration.ofDays(31));
    int minimised =
        services
            .minimizePersonalData()
            .minimize(new MinimizePersonalDataUseCase.Command(Period.ofDays(30)))
            .minimized();
    assertThat(minimised).isEqualTo(erased.size());
    services.control().pause(Actor.of("operator"));
    backup.restore();
    services.control().resume(Actor.of("operator"));
  }

  /** The inactive users and the racer (who does not log in here): erased, then restored. */
  private static List<Long> restoredInactive() {
    List<Long> ids = new ArrayList<>(Population.INACTIVE);
    ids.add(Population.RACER);
    return ids;
  }

  private ReplayErasuresUseCase.Result replay(boolean dryRun) {
    return services
        .replayErasures()
        .replay(new ReplayErasuresUseCase.Command(dryRun, Actor.of("operator")));
  }

  /** A new edX account, logged in now, with a profile; its id from AUTO_INCREMENT. */
  private long register(String username, String email) throws Exception {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try (Connection c = servers.edx();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO auth_user (password, last_login, is_superuser, username, first_name,"
                    + " last_name, email, is_staff, is_active, date_joined)"
                    + " VALUES ('!x', ?, 0, ?, 'New', 'Learner', ?, 0, 1, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setObject(1, now);
      s.setString(2, username);
      s.setString(3, email);
      s.setObject(4, now);
      s.executeUpdate();
      ResultSet keys = s.getGeneratedKeys();
      keys.next();
      long id = keys.getLong(1);
      EdxRows.execute(
          servers,
          "INSERT INTO auth_userprofile (name, meta, language, location, user_id)"
              + " VALUES ('New Learner', '{}', 'fr', '', "
              + id
              + ")");
      return id;
    }
  }
}

package fr.openfun.mork.testing;

import static fr.openfun.mork.domain.model.DeletionStatus.DELETED;
import static fr.openfun.mork.domain.model.DeletionStatus.DELETING;
import static fr.openfun.mork.domain.model.DeletionStatus.PROTECTED;
import static fr.openfun.mork.domain.model.DeletionStatus.TO_DELETE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.IllegalStatusTransitionException;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.StatusUpdate;
import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LedgerRepository} guarantees: idempotent recording, checked and audited
 * transitions, claims and withdrawals. Queries and minimisation are in {@link
 * LedgerQueryContractTest}.
 */
public abstract class LedgerRepositoryContractTest {
  protected static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  protected static final Actor JOB = Actor.of("job");
  protected LedgerRepository ledger;

  /** A new, empty ledger (each call); its audit events go to {@link #auditLog()}. */
  protected abstract LedgerRepository newLedger();

  /** The audit trail the last {@link #newLedger()} writes to. */
  protected abstract AuditLog auditLog();

  @BeforeEach
  void createLedger() {
    ledger = newLedger();
  }

  protected MorkUser recordOne() {
    return ledger.record(LedgerFixtures.aLedgerEntry(), T0, JOB).user();
  }

  protected void move(MorkUser user, ServiceName service, DeletionStatus to, Instant at) {
    ledger.changeStatus(user.id(), service, StatusChange.to(to, "test", "moved"), at, JOB);
  }

  @Test
  void givenNewEntry_record_createsToDeleteStatusInEachService() {
    var entry = LedgerFixtures.aLedgerEntry();

    var recorded = ledger.record(entry, T0, JOB);

    assertThat(recorded.created()).isTrue();
    assertThat(ledger.findByEdxUserId(entry.edxUserId())).contains(recorded.user());
    assertThat(recorded.user().serviceStatuses())
        .extracting(ServiceStatus::service, ServiceStatus::status, ServiceStatus::attempts)
        .containsExactlyInAnyOrderElementsOf(
            entry.services().stream()
                .map(s -> org.assertj.core.groups.Tuple.tuple(s, TO_DELETE, 0))
                .toList());
  }

  @Test
  void givenRecordedUserWithProgress_recordAgain_keepsEntryAndStatuses() {
    var entry = LedgerFixtures.aLedgerEntry();
    MorkUser first = ledger.record(entry, T0, JOB).user();
    move(first, ServiceName.EDX, DELETED, T0.plusSeconds(60));

    var again = ledger.record(entry, T0.plusSeconds(120), JOB);

    assertThat(again.created()).isFalse();
    assertThat(again.user().id()).isEqualTo(first.id());
    assertThat(again.user().statusIn(ServiceName.EDX).orElseThrow().status()).isEqualTo(DELETED);
  }

  @Test
  void givenNewEntry_record_writesAnAuditEventWithoutEmail() {
    var entry = LedgerFixtures.aLedgerEntry();

    MorkUser user = ledger.record(entry, T0, JOB).user();

    assertThat(auditLog().history(user.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("recorded"))
        .satisfies(e -> assertThat(e.detail()).doesNotContain(entry.email()));
  }

  @Test
  void givenUnknownUser_changeStatus_isEmpty() {
    var change = StatusChange.to(DELETED, "test", "none");

    var result =
        ledger.changeStatus(LedgerFixtures.anyLedgerId(), ServiceName.EDX, change, T0, JOB);

    assertThat(result).isEmpty();
  }

  @Test
  void givenToDelete_changeStatus_movesItAndAuditsFromAndTo() {
    MorkUser user = recordOne();
    var change =
        new StatusChange(
            TO_DELETE,
            2,
            Optional.of("timeout"),
            Optional.of(T0.plusSeconds(600)),
            false,
            "retry",
            "");

    var result =
        ledger.changeStatus(user.id(), ServiceName.SARBACANE, change, T0.plusSeconds(5), JOB);

    var expected =
        new ServiceStatus(
            ServiceName.SARBACANE,
            TO_DELETE,
            2,
            Optional.of("timeout"),
            Optional.of(T0.plusSeconds(600)),
            T0.plusSeconds(5));
    assertThat(result).contains(expected);
    assertThat(ledger.findById(user.id()).orElseThrow().statusIn(ServiceName.SARBACANE))
        .contains(expected);
    assertThat(auditLog().history(user.id()))
        .last()
        .satisfies(e -> assertThat(e.action()).isEqualTo("retry"))
        .satisfies(e -> assertThat(e.service()).contains(ServiceName.SARBACANE))
        .satisfies(e -> assertThat(e.from()).contains(TO_DELETE))
        .satisfies(e -> assertThat(e.to()).contains(TO_DELETE));
  }

  @Test
  void givenDeleted_changeToToDeleteWithoutReopen_throwsAndKeepsStatus() {
    MorkUser user = recordOne();
    move(user, ServiceName.EDX, DELETED, T0);

    var attempt = StatusChange.to(TO_DELETE, "test", "back");

    assertThatThrownBy(() -> ledger.changeStatus(user.id(), ServiceName.EDX, attempt, T0, JOB))
        .isInstanceOf(IllegalStatusTransitionException.class);
    assertThat(
            ledger
                .findById(user.id())
                .orElseThrow()
                .statusIn(ServiceName.EDX)
                .orElseThrow()
                .status())
        .isEqualTo(DELETED);
    assertThat(auditLog().history(user.id())).hasSize(2);
  }

  @Test
  void givenNewEntries_recordAll_recordsEachWithItsStatusesInOrder() {
    var entries = List.of(LedgerFixtures.aLedgerEntry(), LedgerFixtures.aLedgerEntry());

    var recorded = ledger.recordAll(entries, T0, JOB);

    assertThat(recorded)
        .extracting(r -> r.user().edxUserId(), r -> r.created())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(entries.get(0).edxUserId(), true),
            org.assertj.core.groups.Tuple.tuple(entries.get(1).edxUserId(), true));
    assertThat(ledger.findByEdxUserId(entries.get(1).edxUserId()).orElseThrow().serviceStatuses())
        .hasSize(entries.get(1).services().size());
  }

  @Test
  void givenOneChangeItsStatusRefuses_changeStatuses_skipsItAndAppliesTheOthers() {
    MorkUser done = recordOne();
    MorkUser open = recordOne();
    move(done, ServiceName.EDX, DELETED, T0);
    var back = StatusChange.to(TO_DELETE, "test", "back");
    var erased = StatusChange.to(DELETED, "test", "erased");

    var results =
        ledger.changeStatuses(
            List.of(
                new StatusUpdate(done.id(), ServiceName.EDX, back),
                new StatusUpdate(open.id(), ServiceName.EDX, erased)),
            T0.plusSeconds(5),
            JOB);

    assertThat(results.get(0)).isEmpty();
    assertThat(results.get(1).orElseThrow().status()).isEqualTo(DELETED);
    assertThat(ledger.findById(done.id()).orElseThrow().statusIn(ServiceName.EDX).orElseThrow())
        .extracting(ServiceStatus::status)
        .isEqualTo(DELETED);
    assertThat(ledger.findById(open.id()).orElseThrow().statusIn(ServiceName.EDX).orElseThrow())
        .extracting(ServiceStatus::status)
        .isEqualTo(DELETED);
    assertThat(auditLog().history(done.id())).hasSize(2);
    assertThat(auditLog().history(open.id())).hasSize(2);
  }

  @Test
  void givenSeveralChanges_changeStatuses_writesEveryFieldAndAuditsThemInOrder() {
    MorkUser user = recordOne();
    Instant at = T0.plusSeconds(7);
    var failed =
        new StatusChange(
            TO_DELETE,
            2,
            Optional.of("timeout"),
            Optional.of(at.plusSeconds(90)),
            false,
            "f",
            "d1");
    var erased = StatusChange.to(DELETED, "erased", "d2");

    ledger.changeStatuses(
        List.of(
            new StatusUpdate(user.id(), ServiceName.SARBACANE, failed),
            new StatusUpdate(user.id(), ServiceName.EDX, erased)),
        at,
        JOB);

    MorkUser after = ledger.findById(user.id()).orElseThrow();
    assertThat(after.statusIn(ServiceName.SARBACANE).orElseThrow())
        .isEqualTo(
            new ServiceStatus(
                ServiceName.SARBACANE,
                TO_DELETE,
                2,
                Optional.of("timeout"),
                Optional.of(at.plusSeconds(90)),
                at));
    assertThat(after.statusIn(ServiceName.EDX).orElseThrow().status()).isEqualTo(DELETED);
    var history = auditLog().history(user.id());
    assertThat(history.subList(history.size() - 2, history.size()))
        .extracting(e -> e.action(), e -> e.service().orElseThrow(), e -> e.detail(), e -> e.at())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("f", ServiceName.SARBACANE, "d1", at),
            org.assertj.core.groups.Tuple.tuple("erased", ServiceName.EDX, "d2", at));
  }

  @Test
  void givenDeleted_reopen_movesBackToToDelete() {
    MorkUser user = recordOne();
    move(user, ServiceName.EDX, DELETED, T0);
    var reopen =
        new StatusChange(TO_DELETE, 0, Optional.empty(), Optional.empty(), true, "reopen", "");

    var result = ledger.changeStatus(user.id(), ServiceName.EDX, reopen, T0, JOB);

    assertThat(result.orElseThrow().status()).isEqualTo(TO_DELETE);
  }

  @Test
  void givenDueStatuses_claimDue_marksThemDeletingWithALease() {
    MorkUser user = recordOne();

    var claims = ledger.claimDue(ServiceName.EDX, T0, 10, Duration.ofMinutes(5), Optional.empty());

    assertThat(claims)
        .singleElement()
        .satisfies(c -> assertThat(c.status().status()).isEqualTo(TO_DELETE));
    ServiceStatus now =
        ledger.findById(user.id()).orElseThrow().statusIn(ServiceName.EDX).orElseThrow();
    assertThat(now.status()).isEqualTo(DELETING);
    assertThat(now.nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(5)));
  }

  @Test
  void givenClaimedStatus_claimDue_takesItAgainOnlyOnceTheLeaseEnded() {
    recordOne();
    ledger.claimDue(ServiceName.EDX, T0, 10, Duration.ofMinutes(5), Optional.empty());

    var during =
        ledger.claimDue(
            ServiceName.EDX, T0.plusSeconds(60), 10, Duration.ofMinutes(5), Optional.empty());
    var after =
        ledger.claimDue(
            ServiceName.EDX, T0.plusSeconds(301), 10, Duration.ofMinutes(5), Optional.empty());

    assertThat(during).isEmpty();
    assertThat(after)
        .singleElement()
        .satisfies(c -> assertThat(c.status().status()).isEqualTo(DELETING));
  }

  @Test
  void givenManyDue_claimDue_takesAtMostMaxAndSkipsFutureAttempts() {
    for (int i = 0; i < 4; i++) {
      recordOne();
    }
    MorkUser later = recordOne();
    ledger.changeStatus(
        later.id(),
        ServiceName.EDX,
        new StatusChange(
            TO_DELETE, 1, Optional.of("x"), Optional.of(T0.plusSeconds(3600)), false, "retry", ""),
        T0,
        JOB);

    var first = ledger.claimDue(ServiceName.EDX, T0, 3, Duration.ofMinutes(5), Optional.empty());
    var rest = ledger.claimDue(ServiceName.EDX, T0, 10, Duration.ofMinutes(5), Optional.empty());

    assertThat(first).hasSize(3);
    assertThat(rest).hasSize(1);
    assertThat(rest.get(0).user().id()).isNotEqualTo(later.id());
  }

  @Test
  void givenARetriedStatus_claimDue_answersItAsItWasBeforeTheClaim() {
    MorkUser retried = recordOne();
    ledger.changeStatus(
        retried.id(),
        ServiceName.EDX,
        new StatusChange(
            TO_DELETE, 1, Optional.of("x"), Optional.of(T0.minusSeconds(60)), false, "retry", ""),
        T0.minusSeconds(120),
        JOB);

    var claims = ledger.claimDue(ServiceName.EDX, T0, 10, Duration.ofMinutes(5), Optional.empty());

    assertThat(claims)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.user().id()).isEqualTo(retried.id());
              assertThat(c.status().status()).isEqualTo(TO_DELETE);
              assertThat(c.status().attempts()).isEqualTo(1);
              assertThat(c.status().lastError()).contains("x");
              assertThat(c.status().nextAttemptAt()).contains(T0.minusSeconds(60));
            });
  }

  @Test
  void givenPrerequisite_claimDue_takesOnlyUsersDeletedThere() {
    MorkUser done = recordOne();
    recordOne();
    move(done, ServiceName.EDX, DELETED, T0);

    var claims =
        ledger.claimDue(
            ServiceName.SARBACANE, T0, 10, Duration.ofMinutes(5), Optional.of(ServiceName.EDX));

    assertThat(claims).extracting(c -> c.user().id()).containsExactly(done.id());
  }

  @Test
  void givenRecordedUser_withdraw_removesItAndAudits() {
    MorkUser user = recordOne();

    boolean withdrawn = ledger.withdraw(user.id(), "logged in again", T0, JOB);

    assertThat(withdrawn).isTrue();
    assertThat(ledger.findById(user.id())).isEmpty();
    assertThat(auditLog().history(user.id()))
        .last()
        .satisfies(e -> assertThat(e.action()).isEqualTo("withdrawn"));
    assertThat(ledger.withdraw(user.id(), "again", T0, JOB)).isFalse();
  }

  @Test
  void givenStatuses_countByServiceAndStatus_countsEach() {
    MorkUser a = recordOne();
    recordOne();
    move(a, ServiceName.EDX, DELETED, T0);
    move(a, ServiceName.SARBACANE, PROTECTED, T0);

    Map<ServiceName, Map<DeletionStatus, Long>> counts = ledger.countByServiceAndStatus();

    assertThat(counts.get(ServiceName.EDX)).isEqualTo(Map.of(DELETED, 1L, TO_DELETE, 1L));
    assertThat(counts.get(ServiceName.SARBACANE)).isEqualTo(Map.of(PROTECTED, 1L, TO_DELETE, 1L));
    assertThat(counts.get(LedgerFixtures.JOANIE)).isEqualTo(Map.of(TO_DELETE, 2L));
  }

  @Test
  void givenUsersErasedOrNotFromEdx_erasedFromEdx_namesOnlyTheErased() {
    MorkUser erased = recordOne();
    MorkUser pending = recordOne();
    move(erased, ServiceName.EDX, DELETED, T0);

    Set<Long> result =
        ledger.erasedFromEdx(
            List.of(account(erased), account(pending), EdxUserFixtures.anEdxUser().build()));

    assertThat(result).containsExactly(erased.edxUserId());
  }

  /** The edX account this ledger user was recorded from. */
  protected static fr.openfun.mork.domain.model.EdxUser account(MorkUser user) {
    return EdxUserFixtures.anEdxUser()
        .withId(user.edxUserId())
        .withUsername(user.username())
        .withEmail(user.email())
        .build();
  }
}

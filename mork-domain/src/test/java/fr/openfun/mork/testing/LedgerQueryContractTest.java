package fr.openfun.mork.testing;

import static fr.openfun.mork.domain.model.DeletionStatus.DELETED;
import static fr.openfun.mork.domain.model.DeletionStatus.PROTECTED;
import static fr.openfun.mork.domain.model.DeletionStatus.TO_DELETE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LedgerRepository} guarantees to the REST queries and to the retention job. */
public abstract class LedgerQueryContractTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private static final Actor JOB = Actor.of("job");
  private LedgerRepository ledger;

  /** A new, empty ledger (each call). */
  protected abstract LedgerRepository newLedger();

  @BeforeEach
  void createLedger() {
    ledger = newLedger();
  }

  private MorkUser record(String username, String email, Instant at) {
    return ledger
        .record(
            LedgerFixtures.aLedgerEntry(EdxUserFixtures.anyEdxUserId(), username, email), at, JOB)
        .user();
  }

  private void finish(MorkUser user, DeletionStatus to, Instant at) {
    for (var status : user.serviceStatuses()) {
      ledger.changeStatus(user.id(), status.service(), StatusChange.to(to, "test", ""), at, JOB);
    }
  }

  private static LedgerQuery query(
      Optional<String> email,
      Optional<String> username,
      Optional<ServiceName> service,
      Optional<DeletionStatus> status) {
    return new LedgerQuery(email, username, service, status, 0, 100);
  }

  @Test
  void givenUsers_searchByPartialEmail_ignoresCase() {
    MorkUser alice = record("alice", "Alice.Martin@Example.org", T0);
    record("bob", "bob@example.org", T0);

    var found =
        ledger.search(
            query(
                Optional.of("martin@EXAMPLE"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));

    assertThat(found).extracting(MorkUser::id).containsExactly(alice.id());
  }

  @Test
  void givenUsers_searchByPartialUsername_ignoresCaseAndSharedNamesAreAllowed() {
    MorkUser first = record("Jdupont", "a@example.org", T0);
    MorkUser second = record("jdupont", "b@example.org", T0.plusSeconds(1));
    record("other", "c@example.org", T0);

    var found =
        ledger.search(
            query(Optional.empty(), Optional.of("DUPO"), Optional.empty(), Optional.empty()));

    assertThat(found).extracting(MorkUser::id).containsExactly(first.id(), second.id());
  }

  @Test
  void givenServiceAndStatus_search_matchesUsersWithThatStatusInThatService() {
    MorkUser done = record("done", "done@example.org", T0);
    record("pending", "pending@example.org", T0);
    ledger.changeStatus(done.id(), ServiceName.EDX, StatusChange.to(DELETED, "t", ""), T0, JOB);

    var inEdx =
        query(
            Optional.empty(), Optional.empty(), Optional.of(ServiceName.EDX), Optional.of(DELETED));
    var inSarbacane =
        query(
            Optional.empty(),
            Optional.empty(),
            Optional.of(ServiceName.SARBACANE),
            Optional.of(DELETED));

    assertThat(ledger.search(inEdx)).extracting(MorkUser::id).containsExactly(done.id());
    assertThat(ledger.search(inSarbacane)).isEmpty();
    assertThat(
            ledger.count(
                query(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(TO_DELETE))))
        .isEqualTo(2);
  }

  @Test
  void givenServiceAndStatusOverSeveralPages_search_isOrderedByCreation() {
    MorkUser late = record("late", "late@example.org", T0.plusSeconds(9));
    MorkUser third = record("tie-c", "tie-c@example.org", T0.plusSeconds(6));
    MorkUser second = record("tie-b", "tie-b@example.org", T0.plusSeconds(5));
    MorkUser early = record("early", "early@example.org", T0);
    MorkUser done = record("done", "done@example.org", T0.plusSeconds(1));
    ledger.changeStatus(
        done.id(), LedgerFixtures.JOANIE, StatusChange.to(DELETED, "t", ""), T0, JOB);

    var all =
        ledger.search(
            new LedgerQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.of(LedgerFixtures.JOANIE),
                Optional.of(TO_DELETE),
                0,
                10));
    var middle =
        ledger.search(
            new LedgerQuery(
                Optional.empty(),
                Optional.of("tie"),
                Optional.of(LedgerFixtures.JOANIE),
                Optional.of(TO_DELETE),
                1,
                1));

    assertThat(all)
        .extracting(MorkUser::id)
        .containsExactly(early.id(), second.id(), third.id(), late.id());
    assertThat(middle).extracting(MorkUser::id).containsExactly(third.id());
  }

  @Test
  void givenUsersNotYetErasedFromEdx_searchErasedFromEdx_showsOnlyTheErasedOnes() {
    MorkUser erased = record("erased", "erased@example.org", T0);
    record("waiting", "waiting@example.org", T0);
    ledger.changeStatus(erased.id(), ServiceName.EDX, StatusChange.to(DELETED, "t", ""), T0, JOB);

    var forJoanie =
        query(
                Optional.empty(),
                Optional.empty(),
                Optional.of(LedgerFixtures.JOANIE),
                Optional.of(TO_DELETE))
            .erasedFrom(ServiceName.EDX);

    assertThat(ledger.search(forJoanie)).extracting(MorkUser::id).containsExactly(erased.id());
    assertThat(ledger.count(forJoanie)).isEqualTo(1);
  }

  @Test
  void givenSeveralPages_search_isOrderedByCreationAndCountIgnoresThePage() {
    MorkUser third = record("c", "c@example.org", T0.plusSeconds(2));
    MorkUser first = record("a", "a@example.org", T0);
    MorkUser second = record("b", "b@example.org", T0.plusSeconds(1));

    var page =
        ledger.search(
            new LedgerQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 1));
    var all = ledger.search(LedgerQuery.all());

    assertThat(page).extracting(MorkUser::id).containsExactly(second.id());
    assertThat(all).extracting(MorkUser::id).containsExactly(first.id(), second.id(), third.id());
    assertThat(
            ledger.count(
                new LedgerQuery(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 1)))
        .isEqualTo(3);
  }

  @Test
  void givenFinalSinceBeforeCutoff_minimizePersonalData_replacesEmailAndUsername() {
    MorkUser user = record("jdoe", "john.doe@example.org", T0);
    finish(user, DELETED, T0.plusSeconds(10));

    int minimized =
        ledger.minimizePersonalData(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(31)));

    MorkUser after = ledger.findById(user.id()).orElseThrow();
    assertThat(minimized).isEqualTo(1);
    assertThat(after.email()).isNotEqualTo("john.doe@example.org").doesNotContain("john.doe");
    assertThat(after.username()).isNotEqualTo("jdoe").doesNotContain("jdoe");
  }

  @Test
  void givenMinimizedUser_searchByFullEmail_stillFindsIt() {
    MorkUser user = record("jdoe", "john.doe@example.org", T0);
    finish(user, PROTECTED, T0.plusSeconds(10));
    ledger.minimizePersonalData(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(31)));

    var byEmail =
        query(
            Optional.of("John.Doe@example.org"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    assertThat(ledger.search(byEmail)).extracting(MorkUser::id).containsExactly(user.id());
    assertThat(ledger.count(byEmail)).isEqualTo(1);
  }

  @Test
  void givenPendingOrRecentlyFinishedUsers_minimizePersonalData_keepsTheirData() {
    MorkUser pending = record("pending", "pending@example.org", T0);
    MorkUser recent = record("recent", "recent@example.org", T0);
    finish(recent, DELETED, T0.plus(Duration.ofDays(2)));

    int minimized =
        ledger.minimizePersonalData(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3)));

    assertThat(minimized).isZero();
    assertThat(ledger.findById(pending.id()).orElseThrow().email())
        .isEqualTo("pending@example.org");
    assertThat(ledger.findById(recent.id()).orElseThrow().username()).isEqualTo("recent");
  }

  @Test
  void givenMinimizedUser_minimizeAgain_countsNothing() {
    MorkUser user = record("jdoe", "john.doe@example.org", T0);
    finish(user, DELETED, T0);
    ledger.minimizePersonalData(T0.plusSeconds(1), T0.plusSeconds(2));

    int again = ledger.minimizePersonalData(T0.plusSeconds(3), T0.plusSeconds(4));

    assertThat(again).isZero();
  }

  @Test
  void givenAnErasedUsersIdHeldByAnotherAccount_erasedFromEdx_leavesItOut() {
    MorkUser erased = record("asked_to_go", "asked.to.go@example.org", T0);
    finish(erased, DELETED, T0);
    EdxUser newcomer =
        EdxUserFixtures.anEdxUser()
            .withId(erased.edxUserId())
            .withUsername("new_face")
            .withEmail("new.face@example.org")
            .build();

    assertThat(ledger.erasedFromEdx(java.util.List.of(newcomer))).isEmpty();
  }

  @Test
  void givenAMinimizedErasedUserRestored_erasedFromEdx_recognisesThemByKeyedHash() {
    MorkUser erased = record("jdoe", "john.doe@example.org", T0);
    finish(erased, DELETED, T0);
    ledger.minimizePersonalData(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(31)));
    EdxUser restored =
        EdxUserFixtures.anEdxUser()
            .withId(erased.edxUserId())
            .withUsername("jdoe")
            .withEmail("John.Doe@example.org")
            .build();
    EdxUser byEmailOnly =
        EdxUserFixtures.anEdxUser()
            .withId(erased.edxUserId())
            .withUsername("renamed")
            .withEmail("john.doe@example.org")
            .build();

    assertThat(ledger.erasedFromEdx(java.util.List.of(restored)))
        .containsExactly(erased.edxUserId());
    assertThat(ledger.erasedFromEdx(java.util.List.of(byEmailOnly)))
        .containsExactly(erased.edxUserId());
  }
}

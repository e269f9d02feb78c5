package fr.openfun.mork.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.testing.EdxUserFixtures;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InactivityPolicyTest {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  private final InactivityPolicy policy = InactivityPolicy.defaults();

  private static EdxUser lastSeen(Instant at) {
    return EdxUserFixtures.anEdxUser().withLastLogin(at).build();
  }

  private static Warning warned(EdxUser user, Instant at) {
    return new Warning(user.id(), 1, at);
  }

  @Test
  void givenInactiveExactlyFiveYearsAndWarnedLongAgo_decideDeletion_deletes() {
    EdxUser user = lastSeen(Instant.parse("2021-01-15T10:00:00Z"));

    DeletionDecision decision =
        policy.decideDeletion(
            user, List.of(warned(user, Instant.parse("2025-11-01T00:00:00Z"))), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Delete(NOW));
  }

  @Test
  void givenOneSecondShortOfFiveYears_decideDeletion_isNotYet() {
    EdxUser user = lastSeen(Instant.parse("2021-01-15T10:00:01Z"));

    DeletionDecision decision =
        policy.decideDeletion(
            user, List.of(warned(user, Instant.parse("2025-11-01T00:00:00Z"))), NOW);

    assertThat(decision).isInstanceOf(DeletionDecision.NotYet.class);
  }

  @Test
  void givenLastLoginOnLeapDay_inactivityDeadline_isTheTwentyEighthOfFebruary() {
    EdxUser user = lastSeen(Instant.parse("2020-02-29T12:00:00Z"));

    Instant deadline = policy.inactivityDeadline(user);

    assertThat(deadline).isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
  }

  @Test
  void givenLeapDayUser_deletionScanCutoff_includesThemOnTheirDeadline() {
    EdxUser user = lastSeen(Instant.parse("2020-02-29T12:00:00Z"));

    Instant cutoff = policy.deletionScanCutoff(Instant.parse("2025-02-28T12:00:00Z"));

    assertThat(policy.inactiveSince(user)).isBeforeOrEqualTo(cutoff);
  }

  @Test
  void givenNeverLoggedIn_inactiveSince_isTheDateJoined() {
    Instant joined = Instant.parse("2019-06-01T08:00:00Z");
    EdxUser user = EdxUserFixtures.anEdxUser().neverLoggedIn().withDateJoined(joined).build();

    Instant since = policy.inactiveSince(user);

    assertThat(since).isEqualTo(joined);
  }

  @Test
  void givenWarningExactlyGracePeriodOld_decideDeletion_deletes() {
    EdxUser user = lastSeen(Instant.parse("2019-01-01T00:00:00Z"));

    DeletionDecision decision =
        policy.decideDeletion(
            user, List.of(warned(user, NOW.minus(java.time.Duration.ofDays(30)))), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Delete(NOW));
  }

  @Test
  void givenWarningOneSecondYoungerThanGracePeriod_decideDeletion_isNotYet() {
    EdxUser user = lastSeen(Instant.parse("2019-01-01T00:00:00Z"));
    Instant sent = NOW.minus(java.time.Duration.ofDays(30)).plusSeconds(1);

    DeletionDecision decision = policy.decideDeletion(user, List.of(warned(user, sent)), NOW);

    assertThat(decision)
        .isEqualTo(
            new DeletionDecision.NotYet(
                java.util.Optional.of(NOW.plusSeconds(1)),
                "grace period after the first warning not over"));
  }

  @Test
  void givenBacklogUserNeverWarned_decideDeletion_waitsForAWarning() {
    EdxUser user = lastSeen(Instant.parse("2015-01-01T00:00:00Z"));

    DeletionDecision decision = policy.decideDeletion(user, List.of(), NOW);

    assertThat(decision)
        .isEqualTo(new DeletionDecision.NotYet(java.util.Optional.empty(), "not warned yet"));
  }

  @Test
  void givenWarningNotRequired_decideDeletion_deletesWithoutWarning() {
    InactivityPolicy lax =
        new InactivityPolicy(
            Period.ofYears(5),
            List.of(Period.ofDays(30)),
            Period.ofDays(30),
            false,
            Exclusions.defaults());
    EdxUser user = lastSeen(Instant.parse("2021-01-15T10:00:00Z"));

    DeletionDecision decision = lax.decideDeletion(user, List.of(), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Delete(NOW));
  }

  @Test
  void givenLoginAfterWarning_decideDeletion_ignoresTheOldWarning() {
    EdxUser user = lastSeen(Instant.parse("2020-06-01T00:00:00Z"));
    Warning beforeLogin = warned(user, Instant.parse("2020-05-01T00:00:00Z"));

    DeletionDecision decision =
        policy.decideDeletion(user, List.of(beforeLogin), Instant.parse("2025-07-01T00:00:00Z"));

    assertThat(decision)
        .isEqualTo(new DeletionDecision.NotYet(java.util.Optional.empty(), "not warned yet"));
  }

  @Test
  void givenLoginAfterWarning_decideWarning_warnsAgainWithTheFirstReminder() {
    EdxUser user = lastSeen(Instant.parse("2020-06-01T00:00:00Z"));
    Warning beforeLogin = warned(user, Instant.parse("2020-05-01T00:00:00Z"));
    Instant now = Instant.parse("2025-07-01T00:00:00Z");

    WarningDecision decision = policy.decideWarning(user, List.of(beforeLogin), now);

    assertThat(decision)
        .isEqualTo(new WarningDecision.Warn(1, Instant.parse("2025-07-31T00:00:00Z")));
  }

  @Test
  void givenExactlyThirtyDaysBeforeDeadline_decideWarning_sendsTheFirstReminder() {
    EdxUser user = lastSeen(Instant.parse("2021-02-14T10:00:00Z"));

    WarningDecision decision = policy.decideWarning(user, List.of(), NOW);

    assertThat(decision)
        .isEqualTo(new WarningDecision.Warn(1, Instant.parse("2026-02-14T10:00:00Z")));
  }

  @Test
  void givenOneSecondBeforeTheFirstReminderIsDue_decideWarning_sendsNothing() {
    EdxUser user = lastSeen(Instant.parse("2021-02-14T10:00:01Z"));

    WarningDecision decision = policy.decideWarning(user, List.of(), NOW);

    assertThat(decision).isInstanceOf(WarningDecision.NothingDue.class);
  }

  @Test
  void givenBacklogUser_decideWarning_setsTheDeletionDateAGracePeriodAway() {
    EdxUser user = lastSeen(Instant.parse("2015-01-01T00:00:00Z"));

    WarningDecision decision = policy.decideWarning(user, List.of(), NOW);

    assertThat(decision)
        .isEqualTo(new WarningDecision.Warn(1, Instant.parse("2026-02-14T10:00:00Z")));
  }

  @Test
  void givenTwoRemindersAndFirstSent_decideWarning_sendsTheSecondExactlySevenDaysBefore() {
    InactivityPolicy twoReminders = withReminders(Period.ofDays(7), Period.ofDays(30));
    EdxUser user = lastSeen(Instant.parse("2021-01-22T10:00:00Z"));
    Warning first = warned(user, Instant.parse("2025-12-23T10:00:00Z"));

    WarningDecision decision = twoReminders.decideWarning(user, List.of(first), NOW);

    assertThat(decision)
        .isEqualTo(new WarningDecision.Warn(2, Instant.parse("2026-01-22T10:00:00Z")));
  }

  @Test
  void givenTwoRemindersOneSecondEarly_decideWarning_sendsNothing() {
    InactivityPolicy twoReminders = withReminders(Period.ofDays(30), Period.ofDays(7));
    EdxUser user = lastSeen(Instant.parse("2021-01-22T10:00:01Z"));
    Warning first = warned(user, Instant.parse("2025-12-23T10:00:00Z"));

    WarningDecision decision = twoReminders.decideWarning(user, List.of(first), NOW);

    assertThat(decision).isEqualTo(new WarningDecision.NothingDue("reminder 1 already sent"));
  }

  @Test
  void givenStaffUser_decisions_excludeThem() {
    EdxUser staff =
        EdxUserFixtures.anEdxUser()
            .withLastLogin(Instant.parse("2015-01-01T00:00:00Z"))
            .staff()
            .build();

    DeletionDecision decision = policy.decideDeletion(staff, List.of(), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Excluded("staff"));
    assertThat(policy.decideWarning(staff, List.of(), NOW))
        .isEqualTo(new WarningDecision.Excluded("staff"));
  }

  @Test
  void givenSuperuser_decideDeletion_excludesThem() {
    EdxUser admin =
        EdxUserFixtures.anEdxUser()
            .withLastLogin(Instant.parse("2015-01-01T00:00:00Z"))
            .superuser()
            .build();

    DeletionDecision decision = policy.decideDeletion(admin, List.of(), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Excluded("superuser"));
  }

  @Test
  void givenPrivilegedUsersAllowed_decideWarning_warnsStaff() {
    InactivityPolicy allowPrivileged =
        new InactivityPolicy(
            Period.ofYears(5),
            List.of(Period.ofDays(30)),
            Period.ofDays(30),
            true,
            new Exclusions(false, Set.of(), Set.of(), Set.of()));
    EdxUser staff =
        EdxUserFixtures.anEdxUser()
            .withLastLogin(Instant.parse("2015-01-01T00:00:00Z"))
            .staff()
            .build();

    WarningDecision decision = allowPrivileged.decideWarning(staff, List.of(), NOW);

    assertThat(decision).isInstanceOf(WarningDecision.Warn.class);
  }

  @Test
  void givenExcludedEmailInAnotherCase_decideDeletion_excludesThem() {
    EdxUser user =
        EdxUserFixtures.anEdxUser()
            .withEmail("Keep.Me@Example.org")
            .withLastLogin(Instant.parse("2015-01-01T00:00:00Z"))
            .build();
    InactivityPolicy keep =
        withExclusions(new Exclusions(true, Set.of(), Set.of("keep.me@example.org"), Set.of()));

    DeletionDecision decision = keep.decideDeletion(user, List.of(), NOW);

    assertThat(decision).isEqualTo(new DeletionDecision.Excluded("excluded email"));
  }

  @Test
  void givenExcludedUsernameAndId_decideWarning_excludesBoth() {
    EdxUser byName =
        EdxUserFixtures.anEdxUser()
            .withUsername("keeper")
            .withLastLogin(Instant.parse("2015-01-01T00:00:00Z"))
            .build();
    EdxUser byId =
        EdxUserFixtures.anEdxUser().withLastLogin(Instant.parse("2015-01-01T00:00:00Z")).build();
    InactivityPolicy keep =
        withExclusions(new Exclusions(true, Set.of("keeper"), Set.of(), Set.of(byId.id())));

    WarningDecision first = keep.decideWarning(byName, List.of(), NOW);

    assertThat(first).isEqualTo(new WarningDecision.Excluded("excluded username"));
    assertThat(keep.decideWarning(byId, List.of(), NOW))
        .isEqualTo(new WarningDecision.Excluded("excluded edX id"));
  }

  private static InactivityPolicy withReminders(Period... offsets) {
    return new InactivityPolicy(
        Period.ofYears(5), List.of(offsets), Period.ofDays(30), true, Exclusions.defaults());
  }

  private static InactivityPolicy withExclusions(Exclusions exclusions) {
    return new InactivityPolicy(
        Period.ofYears(5), List.of(Period.ofDays(30)), Period.ofDays(30), true, exclusions);
  }
}

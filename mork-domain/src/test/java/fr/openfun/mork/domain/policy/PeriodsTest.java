package fr.openfun.mork.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void givenCombinedIsoPeriod_parsePositive_readsEveryPart() {
    String value = " P5Y30D ";

    Period period = Periods.parsePositive("MORK_DELETION_PERIOD", value);

    assertThat(period).isEqualTo(Period.of(5, 0, 30));
  }

  @Test
  void givenNotAnIsoPeriod_parsePositive_namesTheVariable() {
    String value = "5 years";

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Periods.parsePositive("MORK_DELETION_PERIOD", value));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MORK_DELETION_PERIOD: '5 years' is not an ISO-8601 period");
  }

  @Test
  void givenZeroPeriod_parsePositive_namesTheVariable() {
    String value = "P0D";

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Periods.parsePositive("MORK_WARNING_PERIOD", value));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MORK_WARNING_PERIOD: the period must be longer than zero");
  }

  @Test
  void givenNegativePart_parsePositive_rejectsTheContradiction() {
    String value = "P1Y-10D";

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Periods.parsePositive("MORK_GRACE_PERIOD", value));

    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MORK_GRACE_PERIOD");
  }

  @Test
  void givenReminderAsLongAsTheDeletionPeriod_policy_isRejectedNamingTheVariable() {
    List<Period> reminders = List.of(Period.ofYears(5));

    assertThatThrownBy(
            () ->
                new InactivityPolicy(
                    Period.ofYears(5), reminders, Period.ofDays(30), true, Exclusions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MORK_WARNING_REMINDERS");
  }

  @Test
  void givenFiveYearsAfterLeapDay_plus_landsOnTheTwentyEighth() {
    java.time.Instant leapDay = java.time.Instant.parse("2024-02-29T00:00:00Z");

    java.time.Instant later = Periods.plus(leapDay, Period.ofYears(5));

    assertThat(later).isEqualTo(java.time.Instant.parse("2029-02-28T00:00:00Z"));
  }
}

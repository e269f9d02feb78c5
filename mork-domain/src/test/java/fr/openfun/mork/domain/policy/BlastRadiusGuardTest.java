package fr.openfun.mork.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BlastRadiusGuardTest {
  private final BlastRadiusGuard guard = BlastRadiusGuard.defaults();

  @Test
  void givenExactlyOnePercent_check_allows() {
    long selected = 10;

    GuardVerdict verdict = guard.check(selected, 1000, false);

    assertThat(verdict).isInstanceOf(GuardVerdict.Allowed.class);
  }

  @Test
  void givenOneOverOnePercent_check_trips() {
    long selected = 11;

    GuardVerdict verdict = guard.check(selected, 1000, false);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            GuardVerdict.Tripped.class,
            t -> {
              assertThat(t.maxAllowed()).isEqualTo(10);
              assertThat(t.message()).contains("11 of 1000");
            });
  }

  @Test
  void givenForce_check_allowsAnyShare() {
    long selected = 1000;

    GuardVerdict verdict = guard.check(selected, 1000, true);

    assertThat(verdict).isInstanceOf(GuardVerdict.Allowed.class);
  }

  @Test
  void givenShareAboveOne_constructor_namesTheVariable() {
    double share = 1.5;

    assertThatThrownBy(() -> new BlastRadiusGuard(share))
        .hasMessageStartingWith("MORK_DELETION_MAX_SHARE");
  }
}

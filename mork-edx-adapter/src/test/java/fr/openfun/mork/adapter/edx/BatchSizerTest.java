package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchSizerTest {
  private final BatchSizer sizer = new BatchSizer(Duration.ofMillis(500));

  @Test
  void beforeAnyTransaction_next_isASlowStartOfTenUsersAtMostTheRequestedBatch() {
    assertThat(sizer.next(100)).isEqualTo(10);
    assertThat(sizer.next(7)).isEqualTo(7);
  }

  @Test
  void afterFastFullSizeTransactions_next_growsByAQuarterUpToTheRequestedBatch() {
    for (int i = 0; i < 11; i++) {
      sizer.took(sizer.next(100), Duration.ofMillis(100));
    }
    assertThat(sizer.next(100)).isEqualTo(97);
    sizer.took(97, Duration.ofMillis(100));

    assertThat(sizer.next(100)).isEqualTo(100);
  }

  @Test
  void afterAFastTransactionSmallerThanTheSize_next_doesNotGrow() {
    sizer.took(3, Duration.ofMillis(10));

    assertThat(sizer.next(100)).isEqualTo(10);
  }

  @Test
  void afterATransactionBetweenHalfAndTheWholeBudget_next_keepsTheSize() {
    sizer.took(10, Duration.ofMillis(400));

    assertThat(sizer.next(100)).isEqualTo(10);
  }

  @Test
  void afterATransactionSlightlyOverBudget_next_isAtLeastHalved() {
    sizer.took(100, Duration.ofMillis(600));

    assertThat(sizer.next(100)).isEqualTo(41);
  }

  @Test
  void afterATransactionFarOverBudget_next_shrinksInProportionToAimAtHalfTheBudget() {
    sizer.took(100, Duration.ofSeconds(5));

    assertThat(sizer.next(100)).isEqualTo(5);
  }

  @Test
  void afterATransactionOfOneUserOverBudget_next_isStillOneUser() {
    sizer.took(2, Duration.ofSeconds(30));

    assertThat(sizer.next(100)).isEqualTo(1);
  }

  @Test
  void afterShrinking_fastTransactions_growTheSizeBackByAQuarter() {
    sizer.took(100, Duration.ofSeconds(5));

    sizer.took(5, Duration.ofMillis(100));
    assertThat(sizer.next(100)).isEqualTo(6);
    sizer.took(6, Duration.ofMillis(100));
    assertThat(sizer.next(100)).isEqualTo(7);
  }

  @Test
  void afterSeveralTransactions_longest_isTheLongestRecorded() {
    sizer.took(100, Duration.ofMillis(120));
    sizer.took(100, Duration.ofMillis(900));
    sizer.took(41, Duration.ofMillis(200));

    assertThat(sizer.longest()).isEqualTo(Duration.ofMillis(900));
  }

  @Test
  void aBudgetOfZero_isRefused() {
    assertThatThrownBy(() -> new BatchSizer(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget");
  }
}

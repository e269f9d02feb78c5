package fr.openfun.mork.domain.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcileResultTest {

  @Test
  void givenEveryClaimFailed_allFailed_isTrue() {
    var result = new ReconcileServiceUseCase.Result(3, Map.of("failed", 3), false);

    boolean allFailed = result.allFailed();

    assertThat(allFailed).isTrue();
  }

  @Test
  void givenOneClaimErased_allFailed_isFalse() {
    var result = new ReconcileServiceUseCase.Result(3, Map.of("failed", 2, "deleted", 1), false);

    boolean allFailed = result.allFailed();

    assertThat(allFailed).isFalse();
  }

  @Test
  void givenNothingClaimed_allFailed_isFalse() {
    var result = new ReconcileServiceUseCase.Result(0, Map.of(), false);

    boolean allFailed = result.allFailed();

    assertThat(allFailed).isFalse();
  }
}

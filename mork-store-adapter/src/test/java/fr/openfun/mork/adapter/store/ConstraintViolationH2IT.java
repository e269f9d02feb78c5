package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.Actor;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A broken constraint reaches the caller as a plain JDK exception with a clear message. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintViolationH2IT {
  private final TestStore db = TestStore.h2("constraints");

  @AfterAll
  void dropDatabase() {
    db.close();
  }

  @Test
  void givenTooLongFingerprint_acknowledgePlan_failsWithAnIllegalArgument() {
    var controls = db.reset().controls();

    assertThatThrownBy(() -> controls.acknowledgePlan("x".repeat(201), Instant.EPOCH, Actor.SYSTEM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fingerprint");
  }

  @Test
  void givenOverlongActor_record_failsWithAPlainExceptionNamingTheOperation() {
    var ledger = db.reset().ledger();
    var actor = Actor.of("a".repeat(300));

    assertThatThrownBy(
            () ->
                ledger.record(
                    fr.openfun.mork.testing.LedgerFixtures.aLedgerEntry(), Instant.EPOCH, actor))
        .isInstanceOf(RuntimeException.class)
        .hasNoCause()
        .hasMessageContaining("recording edX user")
        .hasMessageContaining("SQLState");
  }
}

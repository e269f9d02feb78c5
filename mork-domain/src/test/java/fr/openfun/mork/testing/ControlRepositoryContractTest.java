package fr.openfun.mork.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.port.out.ControlRepository;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ControlRepository} guarantees. */
public abstract class ControlRepositoryContractTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private static final Actor OPERATOR = Actor.of("cli");
  private ControlRepository controls;

  /** New controls in their initial state (each call). */
  protected abstract ControlRepository newControls();

  @BeforeEach
  void createControls() {
    controls = newControls();
  }

  @Test
  void givenNewControls_read_notPausedAndNoAcknowledgedPlan() {
    var fresh = controls;

    var paused = fresh.paused();

    assertThat(paused).isFalse();
    assertThat(fresh.acknowledgedPlanFingerprint()).isEmpty();
  }

  @Test
  void givenPause_setPaused_isSeenThenCanBeUndone() {
    controls.setPaused(true, T0, OPERATOR);

    boolean whilePaused = controls.paused();
    controls.setPaused(false, T0.plusSeconds(1), OPERATOR);

    assertThat(whilePaused).isTrue();
    assertThat(controls.paused()).isFalse();
  }

  @Test
  void givenTwoAcknowledgements_acknowledgePlan_keepsTheLatest() {
    controls.acknowledgePlan("sha256:aaa", T0, OPERATOR);

    controls.acknowledgePlan("sha256:bbb", T0.plusSeconds(1), OPERATOR);

    assertThat(controls.acknowledgedPlanFingerprint()).contains("sha256:bbb");
  }
}

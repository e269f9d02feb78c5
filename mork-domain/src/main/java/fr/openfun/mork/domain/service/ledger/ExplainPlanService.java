package fr.openfun.mork.domain.service.ledger;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.policy.SchemaDriftGuard;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the edX plan and its drift verdict, acknowledges it, and previews one user's erasure. The
 * plan is read from the schema again on each call: an operator sees the LMS as it is now, even if
 * it was upgraded while Mork runs.
 */
public final class ExplainPlanService implements ExplainPlanUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ExplainPlanService.class);

  private final ErasurePlanner planner;
  private final ControlRepository control;
  private final EdxUserDirectory directory;
  private final AccountEraser edxEraser;
  private final Clock clock;

  public ExplainPlanService(
      ErasurePlanner planner,
      ControlRepository control,
      EdxUserDirectory directory,
      AccountEraser edxEraser,
      Clock clock) {
    this.planner = Objects.requireNonNull(planner, "planner");
    this.control = Objects.requireNonNull(control, "control");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.edxEraser = Objects.requireNonNull(edxEraser, "edxEraser");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public DeletionPlan plan() {
    return planner.reload();
  }

  @Override
  public DriftVerdict drift() {
    return SchemaDriftGuard.evaluate(planner.reload(), control.acknowledgedPlanFingerprint());
  }

  @Override
  public void acknowledge(String fingerprint, Actor actor) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    String current = planner.reload().fingerprint();
    if (!current.equals(fingerprint)) {
      throw new IllegalArgumentException(
          "fingerprint: " + fingerprint + " is not the current plan's (" + current + ")");
    }
    control.acknowledgePlan(fingerprint, clock.instant(), actor);
    LOG.info("edX plan {} acknowledged by {}", fingerprint, actor);
  }

  @Override
  public Optional<ErasureOutcome> preview(String email) {
    return directory
        .findByEmail(email)
        .map(
            user ->
                edxEraser.preview(
                    new ErasureRequest(
                        new UUID(0, 0),
                        user.id(),
                        user.username(),
                        user.email(),
                        DeletionReason.USER_REQUESTED,
                        clock.instant(),
                        Optional.empty())));
  }
}

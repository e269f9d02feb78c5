package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.policy.BlastRadiusGuard;
import fr.openfun.mork.domain.policy.InactivityPolicy;
import fr.openfun.mork.domain.policy.RetryBackoff;
import java.util.Objects;

/** The domain policies built from the periods, exclusions, guard and retry variables. */
public record PolicyConfig(
    InactivityPolicy inactivity, BlastRadiusGuard guard, RetryBackoff retry) {
  public PolicyConfig {
    Objects.requireNonNull(inactivity, "inactivity");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(retry, "retry");
  }
}

package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.policy.Periods;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/**
 * Replaces the email and username of ledger users fully processed for longer than the retention
 * period by keyed hashes (lookups by email keep working). Idempotent; there is no dry run.
 */
public interface MinimizePersonalDataUseCase {

  Result minimize(Command command);

  /** {@code retention}: how long after full erasure the raw values are kept (strictly positive). */
  record Command(Period retention) {
    public Command {
      Objects.requireNonNull(retention, "retention");
      Periods.requirePositive("MORK_PII_RETENTION", retention);
    }
  }

  /** How many users were minimised, and the cutoff used ({@code now - retention}). */
  record Result(int minimized, Instant cutoff) {
    public Result {
      Objects.requireNonNull(cutoff, "cutoff");
    }
  }
}

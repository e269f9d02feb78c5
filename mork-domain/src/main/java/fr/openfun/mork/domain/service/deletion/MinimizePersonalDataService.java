package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.policy.Periods;
import fr.openfun.mork.domain.port.in.MinimizePersonalDataUseCase;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hashes the personal data of ledger users fully processed before {@code now - retention}. */
public final class MinimizePersonalDataService implements MinimizePersonalDataUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(MinimizePersonalDataService.class);

  private final LedgerRepository ledger;
  private final Clock clock;

  public MinimizePersonalDataService(LedgerRepository ledger, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Result minimize(Command command) {
    Instant now = clock.instant();
    Instant cutoff = Periods.minus(now, command.retention());
    int minimized = ledger.minimizePersonalData(cutoff, now);
    LOG.info(
        "minimised the personal data of {} ledger users processed before {}", minimized, cutoff);
    return new Result(minimized, cutoff);
  }
}

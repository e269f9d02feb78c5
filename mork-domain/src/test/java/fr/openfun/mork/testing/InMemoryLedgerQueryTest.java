package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.LedgerRepository;

class InMemoryLedgerQueryTest extends LedgerQueryContractTest {
  @Override
  protected LedgerRepository newLedger() {
    return new InMemoryLedgerRepository();
  }
}

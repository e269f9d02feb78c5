package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.testing.LedgerQueryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqLedgerQueryH2IT extends LedgerQueryContractTest {
  private static final TestStore DB = TestStore.h2("query");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected LedgerRepository newLedger() {
    return DB.reset().ledger();
  }
}

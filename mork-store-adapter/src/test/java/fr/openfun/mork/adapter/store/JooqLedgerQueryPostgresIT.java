package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.testing.LedgerQueryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqLedgerQueryPostgresIT extends LedgerQueryContractTest {
  private static final TestStore DB = TestStore.postgres("query");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected LedgerRepository newLedger() {
    return DB.reset().ledger();
  }
}

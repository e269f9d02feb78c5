package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.WarningRepository;
import fr.openfun.mork.testing.WarningRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqWarningRepositoryH2IT extends WarningRepositoryContractTest {
  private static final TestStore DB = TestStore.h2("warnings");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected WarningRepository newWarnings() {
    return DB.reset().warnings();
  }
}

package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.testing.ControlRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqControlRepositoryPostgresIT extends ControlRepositoryContractTest {
  private static final TestStore DB = TestStore.postgres("controls");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected ControlRepository newControls() {
    return DB.reset().controls();
  }
}

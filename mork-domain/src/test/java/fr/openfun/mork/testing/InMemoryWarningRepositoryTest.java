package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.WarningRepository;

class InMemoryWarningRepositoryTest extends WarningRepositoryContractTest {
  @Override
  protected WarningRepository newWarnings() {
    return new InMemoryWarningRepository();
  }
}

package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.ControlRepository;

class InMemoryControlRepositoryTest extends ControlRepositoryContractTest {
  @Override
  protected ControlRepository newControls() {
    return new InMemoryControlRepository();
  }
}

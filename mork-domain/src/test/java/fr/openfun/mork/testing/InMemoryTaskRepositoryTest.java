package fr.openfun.mork.testing;

import fr.openfun.mork.domain.port.out.TaskRepository;

class InMemoryTaskRepositoryTest extends TaskRepositoryContractTest {
  @Override
  protected TaskRepository newTasks() {
    return new InMemoryTaskRepository();
  }
}

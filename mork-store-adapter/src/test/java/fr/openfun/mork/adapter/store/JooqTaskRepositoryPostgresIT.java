package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.TaskRepository;
import fr.openfun.mork.testing.TaskRepositoryContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqTaskRepositoryPostgresIT extends TaskRepositoryContractTest {
  private static final TestStore DB = TestStore.postgres("tasks");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected TaskRepository newTasks() {
    return DB.reset().tasks();
  }
}

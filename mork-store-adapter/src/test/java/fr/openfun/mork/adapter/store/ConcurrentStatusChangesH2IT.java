package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentStatusChangesH2IT extends ConcurrentStatusChangesContract {
  private final TestStore db = TestStore.h2("changes");

  @Override
  TestStore db() {
    return db;
  }
}

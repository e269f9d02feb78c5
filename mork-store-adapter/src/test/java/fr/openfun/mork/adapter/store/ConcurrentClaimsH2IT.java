package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClaimsH2IT extends ConcurrentClaimsContract {
  private final TestStore db = TestStore.h2("claims");

  @Override
  TestStore db() {
    return db;
  }
}

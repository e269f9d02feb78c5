package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClaimsPostgresIT extends ConcurrentClaimsContract {
  private final TestStore db = TestStore.postgres("claims");

  @Override
  TestStore db() {
    return db;
  }
}

package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentStatusChangesPostgresIT extends ConcurrentStatusChangesContract {
  private final TestStore db = TestStore.postgres("changes");

  @Override
  TestStore db() {
    return db;
  }
}

package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataPurgePostgresIT extends PersonalDataPurgeContract {
  private final TestStore db = TestStore.postgres("purge");

  @Override
  TestStore db() {
    return db;
  }
}

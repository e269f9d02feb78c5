package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataPurgeH2IT extends PersonalDataPurgeContract {
  private final TestStore db = TestStore.h2("purge");

  @Override
  TestStore db() {
    return db;
  }
}

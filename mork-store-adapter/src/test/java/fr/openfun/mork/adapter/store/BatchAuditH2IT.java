package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.AfterAll;

class BatchAuditH2IT extends BatchAuditContract {
  private static final TestStore DB = TestStore.h2("batchaudit");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected MorkStore store() {
    return DB.reset();
  }
}

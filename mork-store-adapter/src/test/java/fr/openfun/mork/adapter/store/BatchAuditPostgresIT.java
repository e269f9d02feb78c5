package fr.openfun.mork.adapter.store;

import org.junit.jupiter.api.AfterAll;

class BatchAuditPostgresIT extends BatchAuditContract {
  private static final TestStore DB = TestStore.postgres("batchaudit");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected MorkStore store() {
    return DB.reset();
  }
}

package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.testing.AuditLogContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqAuditLogH2IT extends AuditLogContractTest {
  private static final TestStore DB = TestStore.h2("audit");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected AuditLog newAuditLog() {
    return DB.reset().audit();
  }
}

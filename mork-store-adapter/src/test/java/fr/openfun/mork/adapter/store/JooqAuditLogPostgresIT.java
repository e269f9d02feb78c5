package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.AuditLog;
import fr.openfun.mork.testing.AuditLogContractTest;
import org.junit.jupiter.api.AfterAll;

class JooqAuditLogPostgresIT extends AuditLogContractTest {
  private static final TestStore DB = TestStore.postgres("audit");

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Override
  protected AuditLog newAuditLog() {
    return DB.reset().audit();
  }
}

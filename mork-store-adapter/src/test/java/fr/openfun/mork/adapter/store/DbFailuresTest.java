package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DbFailuresTest {

  /** Seen failing (IllegalStateException) before connection failures were told apart. */
  @Test
  void givenALostConnection_translate_throwsStoreUnavailable() {
    var lost = new DataAccessException("io", new SQLException("I/O error", "08006"));

    assertThatThrownBy(() -> Db.translate("claim statuses", () -> fail(lost)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("claim statuses")
        .hasNoCause();
  }

  @Test
  void givenAPoolTimeout_translate_throwsStoreUnavailable() {
    var timeout = new DataAccessException("pool", new SQLTransientConnectionException("timed out"));

    assertThatThrownBy(() -> Db.translate("save task", () -> fail(timeout)))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void givenABadStatement_translate_throwsAPlainFailure() {
    var syntax = new DataAccessException("syntax", new SQLException("syntax error", "42601"));

    assertThatThrownBy(() -> Db.translate("save task", () -> fail(syntax)))
        .isExactlyInstanceOf(IllegalStateException.class);
  }

  private static Object fail(RuntimeException e) {
    throw e;
  }
}

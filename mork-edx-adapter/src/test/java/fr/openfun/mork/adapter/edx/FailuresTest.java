package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.FailureKind;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void givenLostConnection_kind_isTransient() {
    var error = new RuntimeException(new SQLException("gone", "08S01", 0));

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void givenLockWaitTimeout_kind_isTransient() {
    var error = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void givenPoolTimeout_kind_isTransient() {
    var error = new SQLTransientConnectionException("pool exhausted");

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void givenForeignKeyViolation_kind_isPermanent() {
    var error =
        new RuntimeException(
            new SQLIntegrityConstraintViolationException(
                "Cannot delete a parent row", "23000", 1451));

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.PERMANENT);
  }

  @Test
  void givenSqlError_of_keepsTheInnermostSqlMessage() {
    var error =
        new RuntimeException("jOOQ wrapper", new SQLException("Cannot delete", "23000", 1451));

    var failed = Failures.of(error);

    assertThat(failed.reason()).isEqualTo("Cannot delete");
  }

  @Test
  void givenPoolTimeout_unreachable_isTrue() {
    var error = new RuntimeException(new SQLTransientConnectionException("request timed out"));

    boolean unreachable = Failures.unreachable(error);

    assertThat(unreachable).isTrue();
  }

  @Test
  void givenLockWaitTimeout_unreachable_isFalse() {
    var error = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

    boolean unreachable = Failures.unreachable(error);

    assertThat(unreachable).isFalse();
  }
}

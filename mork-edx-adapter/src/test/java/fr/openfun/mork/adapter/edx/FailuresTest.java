package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.FailureKind;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
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

  @Test
  void givenAMessageQuotingTheUsers_of_masksTheirEmailsAndUsernames() {
    var request =
        new fr.openfun.mork.domain.model.ErasureRequest(
            java.util.UUID.randomUUID(),
            42,
            "omichel162",
            "Olivier.Michel@example.org",
            fr.openfun.mork.domain.model.DeletionReason.GDPR,
            java.time.Instant.EPOCH,
            java.util.Optional.empty());
    var error =
        new SQLException(
            "legal hold on olivier.michel@example.org (OMICHEL162), see jane@example.com",
            "45000",
            1644);

    var failed = Failures.of(error, java.util.List.of(request));

    assertThat(failed.reason())
        .isEqualTo("legal hold on O***@e***.org (o***), see j***@e***.com")
        .doesNotContainIgnoringCase("michel");
  }

  @Test
  void givenATriggersSignalReportedAsAConnectionException_kind_isPermanentAndReachable() {
    // what MariaDB Connector/J 3.5 throws for SIGNAL SQLSTATE '45000' (checked against 10.11)
    var error = new SQLTransientConnectionException("legal hold", "45000", 1644);

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.PERMANENT);
    assertThat(Failures.unreachable(error)).isFalse();
  }

  @Test
  void givenALostConnectionWithState08_kind_isTransientAndUnreachable() {
    var error = new SQLNonTransientConnectionException("Connection reset", "08000", 0);

    var kind = Failures.kind(error);

    assertThat(kind).isEqualTo(FailureKind.TRANSIENT);
    assertThat(Failures.unreachable(error)).isTrue();
  }
}

package fr.openfun.mork.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Row locks on the course modules of users still due in edX, taken in a transaction of our own as a
 * concurrent LMS write would. The erasure batch that reaches those users has already written (forum
 * posts anonymized, preferences and enrollments deleted...) when it waits on these rows, so its
 * transaction stays open, its statement visible in {@code information_schema.processlist}. Without
 * it a batch's writes last a few milliseconds and polling from outside never caught one (0
 * sightings in 80 batches over two runs; {@code innodb_trx} is refreshed at most every 100 ms).
 */
final class EdxLockHold implements AutoCloseable {
  private final Connection connection;
  private boolean open = true;

  EdxLockHold(Connection connection, List<Long> edxUserIds) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    String ids = edxUserIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT id FROM courseware_studentmodule WHERE student_id IN ("
                    + ids
                    + ") FOR UPDATE");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        // locked
      }
    }
  }

  /** Releases the locks (rolls our read back); idempotent. */
  @Override
  public void close() throws SQLException {
    if (open) {
      open = false;
      connection.rollback();
      connection.close();
    }
  }
}

package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Makes an erasure block halfway (another transaction holds a lock on the user's enrollment row,
 * deleted after its children), then KILLs the erasing connection from a third connection.
 */
final class ConnectionKiller {
  private ConnectionKiller() {}

  static ErasureOutcome eraseWhileKilling(
      EdxLikeFixture fixture, JooqEdxAccountEraser eraser, ErasureRequest request)
      throws Exception {
    try (Connection locker = fixture.db.connect();
        Connection admin = fixture.db.connect()) {
      locker.setAutoCommit(false);
      try (Statement s = locker.createStatement()) {
        s.executeQuery(
                "SELECT * FROM student_courseenrollment WHERE user_id = "
                    + request.edxUserId()
                    + " FOR UPDATE")
            .close();
      }
      CompletableFuture<ErasureOutcome> erasure =
          CompletableFuture.supplyAsync(() -> eraser.erase(request));
      long blocked = waitForBlockedDelete(admin, fixture.db.name);
      try (Statement s = admin.createStatement()) {
        s.execute("KILL CONNECTION " + blocked);
      }
      ErasureOutcome outcome = erasure.get(30, TimeUnit.SECONDS);
      locker.rollback();
      return outcome;
    }
  }

  private static long waitForBlockedDelete(Connection admin, String db) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      try (Statement s = admin.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id FROM information_schema.processlist WHERE db = '"
                      + db
                      + "' AND id <> connection_id() AND info LIKE '%delete from `student_courseenrollment`%'")) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
      Thread.onSpinWait();
    }
    StringBuilder seen = new StringBuilder();
    try (Statement s = admin.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, db, command, state, info FROM information_schema.processlist")) {
      while (rs.next()) {
        seen.append(rs.getString(1))
            .append(' ')
            .append(rs.getString(2))
            .append(' ')
            .append(rs.getString(3))
            .append(' ')
            .append(rs.getString(4))
            .append(' ')
            .append(rs.getString(5))
            .append('\n');
      }
    }
    throw new IllegalStateException(
        "the erasure never blocked on student_courseenrollment:\n" + seen);
  }
}

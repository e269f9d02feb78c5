package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Watches a run from outside for one {@link CrashPhase}: the store (task row, ledger, Quartz's
 * fired triggers), MariaDB's open transactions, the Sarbacane stub's journal and the SMTP server.
 * Offsets count from the moment the watch is armed: users recorded or erased, pages passed,
 * requests or messages received.
 */
final class PhaseWatch {
  static final String TASKS = "mork-tasks";
  static final String RECONCILERS = "mork-reconcilers";

  /**
   * Due users left unlocked: two reconciler batches of the suite's 50, so that a batch claimed
   * while the locks are being taken never races them (a deadlock would end our transaction).
   */
  private static final int AHEAD = 100;

  /**
   * How long a write statement must have been running to count as waiting on the held rows: a
   * free-running batch statement takes milliseconds and its batch could commit before the kill.
   */
  private static final long BLOCKED_MILLIS = 200;

  /**
   * What was seen, and the Quartz instances the store says run the work (a dead node's stay listed
   * until the cluster recovers them; empty: no node in particular).
   */
  record Sighting(CrashPhase phase, List<String> instances, String what) {}

  private final E2eServers servers;
  private final StoreProbe store;
  private final Connection edx;

  PhaseWatch(E2eServers servers, StoreProbe store, Connection edx) {
    this.servers = servers;
    this.store = store;
    this.edx = edx;
  }

  Watch arm(CrashPhase phase, UUID task, boolean warnRun, long offset) throws SQLException {
    return new Watch(phase, task, warnRun, offset);
  }

  long mails() {
    return servers.smtp.getReceivedMessages().length;
  }

  long sarbacaneDeletes() {
    return servers.sarbacane.countRequestsMatching(deleteRequestedFor(anyUrl()).build()).getCount();
  }

  /**
   * A write statement another connection has been running on the edX database for at least {@code
   * minMillis}, with the rows its transaction wrote so far when InnoDB lists it: the process list
   * is live, while {@code innodb_trx} did not always list a transaction waiting on a foreign-key
   * check.
   */
  Optional<String> runningEdxWrite(long minMillis) throws SQLException {
    try (PreparedStatement s =
        edx.prepareStatement(
            "SELECT LEFT(p.info, 40), t.trx_rows_modified FROM information_schema.processlist p"
                + " LEFT JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id"
                + " WHERE p.db = DATABASE() AND p.id <> CONNECTION_ID() AND p.command = 'Query'"
                + " AND (p.info LIKE 'DELETE%' OR p.info LIKE 'UPDATE%') AND p.time_ms >= ?")) {
      s.setLong(1, minMillis);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Object rows = r.getObject(2);
        return Optional.of(
            "'"
                + r.getString(1)
                + "...' waiting"
                + (rows == null ? "" : " after " + rows + " rows"));
      }
    }
  }

  /**
   * After a kill in {@link CrashPhase#EDX_TRANSACTION}: releases the lock the dead connection waits
   * on (its statement then ends, finds the client gone, and the server rolls back), waits for the
   * transaction to go, and says whether the committed user count stayed put.
   */
  String rolledBack(Watch watch) throws SQLException {
    watch.close();
    long end = System.nanoTime() + 10_000_000_000L;
    while (runningEdxWrite(0).isPresent() && System.nanoTime() < end) {
      MorkCluster.pause(20);
    }
    return committedUsers() == watch.committedUsers
        ? "rolled back by the kill"
        : "committed just before the kill";
  }

  private long committedUsers() throws SQLException {
    try (PreparedStatement s = edx.prepareStatement("SELECT COUNT(*) FROM auth_user");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The edX database's open transactions and statements, for diagnostics. */
  String edxTransactions() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (PreparedStatement s =
            edx.prepareStatement(
                "SELECT p.id, p.command, p.state, COALESCE(t.trx_state, '-'),"
                    + " COALESCE(t.trx_rows_modified, -1), COALESCE(t.trx_rows_locked, -1),"
                    + " LEFT(COALESCE(p.info, ''), 120) FROM information_schema.processlist p"
                    + " LEFT JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id"
                    + " WHERE p.db = DATABASE() AND p.id <> CONNECTION_ID()");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.append("\n    edx connection ");
        for (int i = 1; i <= 7; i++) {
          out.append(r.getString(i)).append(i < 7 ? " | " : "");
        }
      }
    }
    return out.toString();
  }

  /** One armed kill point. */
  final class Watch implements AutoCloseable {
    private final CrashPhase phase;
    private final UUID task;
    private final boolean warnRun;
    private final long offset;
    private final long ledger;
    private final long edxDeleted;
    private final long sarbacaneDeleted;
    private final long deletes;
    private final long mails;
    private long cursor;
    private int cursorMoves;
    private long committedUsers = -1;
    private EdxLockHold hold;

    private Watch(CrashPhase phase, UUID task, boolean warnRun, long offset) throws SQLException {
      this.phase = phase;
      this.task = task;
      this.warnRun = warnRun;
      this.offset = offset;
      this.ledger = store.ledgerUsers();
      this.edxDeleted = store.statuses("edx", "deleted");
      this.sarbacaneDeleted = store.statuses("sarbacane", "deleted");
      this.deletes = sarbacaneDeletes();
      this.mails = mails();
      this.cursor = store.task(task).cursor();
    }

    CrashPhase phase() {
      return phase;
    }

    Optional<Sighting> look() throws SQLException {
      return switch (phase) {
        case SCAN -> warnRun ? warnScan() : deleteScan();
        case EDX_TRANSACTION -> edxTransaction();
        case BETWEEN_EDX_AND_SARBACANE -> between();
        case MAIL -> mail();
        case RECONCILER_BATCH -> reconcilerBatch();
      };
    }

    private Optional<Sighting> warnScan() throws SQLException {
      StoreProbe.TaskRow row = store.task(task);
      if (row.cursor() != cursor) {
        cursor = row.cursor();
        cursorMoves++;
      }
      List<String> on = store.executing(TASKS, task.toString());
      return !on.isEmpty() && cursorMoves >= offset && row.status().equals("STARTED")
          ? seen(on, "warn run scanning the page after edX id " + cursor)
          : Optional.empty();
    }

    private Optional<Sighting> deleteScan() throws SQLException {
      long recorded = store.ledgerUsers();
      List<String> on = store.executing(TASKS, task.toString());
      return !on.isEmpty() && recorded >= ledger + offset && started()
          ? seen(on, "delete run selecting/recording, " + recorded + " users in the ledger")
          : Optional.empty();
    }

    /**
     * Once enough users are erased, holds locks on rows of the users still due (see {@link
     * EdxLockHold}): the next batch then waits inside its transaction, its first deletes
     * uncommitted, and the committed user count is read while nothing can commit.
     */
    private Optional<Sighting> edxTransaction() throws SQLException {
      long erased = store.statuses("edx", "deleted");
      if (erased < edxDeleted + offset) {
        return Optional.empty();
      }
      if (hold == null) {
        List<Long> due = store.dueEdxUsers();
        if (due.size() <= AHEAD) {
          return Optional.empty();
        }
        long start = System.nanoTime();
        hold = new EdxLockHold(servers.edx(), due.subList(AHEAD, due.size()));
        System.out.printf(
            "[crash] holding edX rows of %d users (%d ms)%n",
            due.size() - AHEAD, (System.nanoTime() - start) / 1_000_000);
      }
      Optional<String> write = runningEdxWrite(BLOCKED_MILLIS);
      List<String> on = store.executing(RECONCILERS, "edx");
      if (write.isEmpty() || on.isEmpty()) {
        return Optional.empty();
      }
      committedUsers = committedUsers();
      return seen(on, "edX batch transaction: " + write.get() + ", " + erased + " users erased");
    }

    /** Releases what the watch holds in edX (the lock of {@link #edxTransaction}); idempotent. */
    @Override
    public void close() throws SQLException {
      if (hold != null) {
        hold.close();
      }
    }

    private Optional<Sighting> between() throws SQLException {
      long erased = store.statuses("edx", "deleted");
      long done = store.statuses("sarbacane", "deleted");
      long sent = sarbacaneDeletes();
      if (sent < deletes + offset || done >= erased) {
        return Optional.empty();
      }
      List<String> on = store.executing(RECONCILERS, "sarbacane");
      return seen(
          !on.isEmpty() ? on : store.executing(RECONCILERS, "edx"),
          erased + " erased from edX, " + done + " from Sarbacane, " + sent + " DELETEs sent");
    }

    private Optional<Sighting> mail() throws SQLException {
      long received = mails();
      List<String> on =
          warnRun ? store.executing(TASKS, task.toString()) : store.executing(RECONCILERS, "edx");
      return !on.isEmpty() && received >= mails + offset
          ? seen(on, received - mails + " messages received since armed")
          : Optional.empty();
    }

    private Optional<Sighting> reconcilerBatch() throws SQLException {
      long erased = store.statuses("sarbacane", "deleted");
      long claimed = store.statuses("sarbacane", "deleting");
      List<String> on = store.executing(RECONCILERS, "sarbacane");
      return !on.isEmpty() && claimed > 0 && erased >= sarbacaneDeleted + offset
          ? seen(on, claimed + " Sarbacane statuses claimed, " + erased + " erased")
          : Optional.empty();
    }

    private boolean started() throws SQLException {
      return store.task(task).status().equals("STARTED");
    }

    private Optional<Sighting> seen(List<String> instances, String what) {
      return Optional.of(new Sighting(phase, instances, what));
    }
  }
}

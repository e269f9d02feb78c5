package fr.openfun.mork.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * No lost update under concurrent PATCHes: many users patched at once each end in the state asked
 * with one audit event each; one user patched by many clients at once has as many row versions and
 * audit events as answered 200s, each event starting from the state the previous one left.
 */
final class LostUpdateCheck {
  private final ApiClient api;
  private final BenchLedger ledger;

  LostUpdateCheck(ApiClient api, BenchLedger ledger) {
    this.api = api;
    this.ledger = ledger;
  }

  void run(List<UUID> toDelete) throws Exception {
    System.out.println("== no lost update (sarbacane statuses, 64 concurrent clients)");
    List<UUID> distinct = toDelete.subList(1, Math.min(toDelete.size(), 401));
    UUID same = toDelete.get(0);
    int distinctOk =
        count(distinct.size(), i -> api.patchStatus(distinct.get(i), "sarbacane", "deleting"));
    int sameOk =
        count(300, i -> api.patchStatus(same, "sarbacane", i % 2 == 0 ? "deleting" : "to_delete"));
    try (Connection c = ledger.connect()) {
      int inState = 0;
      int events = 0;
      for (UUID id : distinct) {
        inState +=
            scalar(
                c,
                "SELECT count(*) FROM user_service_statuses WHERE user_id = ?"
                    + " AND service = 'sarbacane' AND status = 'deleting' AND version = 1",
                id);
        events +=
            scalar(
                c,
                "SELECT count(*) FROM audit_events WHERE user_id = ?"
                    + " AND service = 'sarbacane' AND action = 'status_updated'",
                id);
      }
      System.out.printf(
          "  distinct users: %d PATCHes, %d answered 200, %d rows now deleting at version 1,"
              + " %d audit events: %s%n",
          distinct.size(),
          distinctOk,
          inState,
          events,
          distinctOk == distinct.size() && inState == distinctOk && events == distinctOk
              ? "consistent"
              : "INCONSISTENT");
      int version =
          scalar(
              c,
              "SELECT version FROM user_service_statuses WHERE user_id = ?"
                  + " AND service = 'sarbacane'",
              same);
      List<String[]> trail = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT from_status, to_status FROM audit_events WHERE user_id = ? AND service ="
                  + " 'sarbacane' ORDER BY id")) {
        ps.setObject(1, same);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            trail.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      boolean chained = !trail.isEmpty() && trail.get(0)[0].equals("to_delete");
      for (int i = 1; i < trail.size(); i++) {
        chained &= trail.get(i)[0].equals(trail.get(i - 1)[1]);
      }
      String last = trail.isEmpty() ? "?" : trail.get(trail.size() - 1)[1];
      int finalState =
          scalar(
              c,
              "SELECT count(*) FROM user_service_statuses WHERE user_id = ?"
                  + " AND service = 'sarbacane' AND status = '"
                  + last
                  + "'",
              same);
      System.out.printf(
          "  same user: 300 PATCHes, %d answered 200, row version %d, %d audit events, trail"
              + " chained %s, final state = last event's: %s: %s%n",
          sameOk,
          version,
          trail.size(),
          chained,
          finalState == 1,
          sameOk == 300 && version == sameOk && trail.size() == sameOk && chained && finalState == 1
              ? "consistent"
              : "INCONSISTENT");
    }
  }

  private interface Patch {
    int send(int i) throws Exception;
  }

  private static int count(int n, Patch patch) throws Exception {
    List<Future<Integer>> answers = new ArrayList<>();
    try (ExecutorService clients = Executors.newFixedThreadPool(64, Thread.ofVirtual().factory())) {
      for (int i = 0; i < n; i++) {
        int index = i;
        answers.add(clients.submit(() -> patch.send(index)));
      }
      int ok = 0;
      for (Future<Integer> answer : answers) {
        ok += answer.get() == 200 ? 1 : 0;
      }
      return ok;
    }
  }

  private static int scalar(Connection c, String sql, UUID id) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    }
  }
}

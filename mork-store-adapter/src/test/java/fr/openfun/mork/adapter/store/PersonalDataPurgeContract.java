package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.StatusChange;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.testing.LedgerFixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * After the retention period, no text column anywhere in the store holds the raw email or username.
 */
abstract class PersonalDataPurgeContract {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private static final String EMAIL = "Zoe.Quintal@Example.org";
  private static final String USERNAME = "zquintal77";

  abstract TestStore db();

  @AfterAll
  void dropDatabase() {
    db().close();
  }

  @Test
  void givenUserErasedLongAgo_minimizePersonalData_leavesNoRawEmailOrUsernameAnywhere()
      throws SQLException {
    MorkStore store = db().reset();
    MorkUser user = erasedUserEverywhere(store);
    assertThat(textColumnsHolding(store, USERNAME)).isNotEmpty();

    int minimized =
        store
            .ledger()
            .minimizePersonalData(T0.plus(Duration.ofDays(30)), T0.plus(Duration.ofDays(31)));

    assertThat(minimized).isEqualTo(1);
    assertThat(textColumnsHolding(store, EMAIL)).isEmpty();
    assertThat(textColumnsHolding(store, USERNAME)).isEmpty();
    var byEmail =
        new LedgerQuery(
            Optional.of(EMAIL.toLowerCase(Locale.ROOT)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            10);
    assertThat(store.ledger().search(byEmail)).extracting(MorkUser::id).containsExactly(user.id());
  }

  private static MorkUser erasedUserEverywhere(MorkStore store) {
    Actor job = Actor.of("job");
    MorkUser user =
        store.ledger().record(LedgerFixtures.aLedgerEntry(424242, USERNAME, EMAIL), T0, job).user();
    store.warnings().record(new Warning(424242, 1, T0));
    store
        .tasks()
        .create(
            Task.pending(
                UUID.randomUUID(), new TaskParameters.EmailUser(EMAIL, USERNAME), false, T0, job));
    store
        .tasks()
        .create(
            Task.pending(
                UUID.randomUUID(),
                new TaskParameters.DeleteUser(EMAIL, DeletionReason.USER_REQUESTED),
                false,
                T0,
                job));
    for (var status : user.serviceStatuses()) {
      var change =
          StatusChange.to(
              DeletionStatus.DELETED, "erased", "erased " + EMAIL + " in " + status.service());
      store.ledger().changeStatus(user.id(), status.service(), change, T0.plusSeconds(60), job);
    }
    return user;
  }

  /** Every text column of every Mork table whose value contains {@code needle}, ignoring case. */
  private static List<String> textColumnsHolding(MorkStore store, String needle)
      throws SQLException {
    List<String> hits = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name, column_name FROM information_schema.columns"
                  + " WHERE LOWER(table_schema) = 'public'"
                  + " AND (data_type LIKE '%CHAR%' OR data_type LIKE '%char%' OR LOWER(data_type) IN ('text', 'character large object'))")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      assertThat(columns).hasSizeGreaterThan(10);
      for (String[] col : columns) {
        String sql =
            "SELECT COUNT(*) FROM \""
                + col[0]
                + "\" WHERE LOWER(CAST(\""
                + col[1]
                + "\" AS VARCHAR(100000))) LIKE '%"
                + needle.toLowerCase(Locale.ROOT)
                + "%'";
        try (ResultSet rs = s.executeQuery(sql)) {
          if (rs.next() && rs.getLong(1) > 0) {
            hits.add(col[0] + "." + col[1]);
          }
        }
      }
    }
    return hits;
  }
}

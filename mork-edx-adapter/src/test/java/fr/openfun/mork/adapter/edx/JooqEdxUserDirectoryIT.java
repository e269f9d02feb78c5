package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.port.out.DirectoryUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqEdxUserDirectoryIT {
  private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");
  private static EdxLikeFixture fixture;
  private static JooqEdxUserDirectory directory;

  @BeforeAll
  static void setUp() {
    fixture = new EdxLikeFixture("mork_edx_dir");
    // 10: logged in exactly at the cutoff (inactive), 11: a second later (active),
    // 12: never logged in, joined before (inactive), 13: never logged in, joined after (active)
    fixture.addUser(10, "at_cutoff", "at@example.org", "'2020-01-01 00:00:00'", "'2010-01-01'");
    fixture.addUser(11, "after", "after@example.org", "'2020-01-01 00:00:01'", "'2010-01-01'");
    fixture.addUser(12, "never_old", "never.old@example.org", "NULL", "'2019-06-01'");
    fixture.addUser(13, "never_new", "never.new@example.org", "NULL", "'2020-06-01'");
    // 14: last login long ago, but its API token was created recently (an activity probe)
    fixture.addUser(14, "token_user", "token@example.org", "'2012-01-01'", "'2010-01-01'");
    fixture.db.execute(
        "INSERT INTO authtoken_token (token_key, created, user_id)"
            + " VALUES ('k14', '2024-05-01 00:00:00', 14)");
    for (int i = 100; i < 135; i++) {
      fixture.addUser(i, "bulk" + i, "bulk" + i + "@example.org", "'2012-01-01'", "'2010-01-01'");
    }
    directory = new JooqEdxUserDirectory(fixture.database);
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  private static List<Long> scanAll(int pageSize) {
    List<Long> ids = new ArrayList<>();
    long after = 0;
    while (true) {
      List<EdxUser> page = directory.findInactive(CUTOFF, after, pageSize);
      page.forEach(u -> ids.add(u.id()));
      if (page.size() < pageSize) {
        return ids;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  @Test
  void givenUsersAroundTheCutoff_findInactive_includesTheCutoffAndNeverLoggedInOldAccounts() {
    var ids = scanAll(1000);

    assertThat(ids).contains(10L, 12L).doesNotContain(11L, 13L, EdxLikeFixture.RECENT);
  }

  @Test
  void givenSmallPages_findInactive_walksEveryUserOnceInIdOrder() {
    var paged = scanAll(7);

    assertThat(paged).isSorted().doesNotHaveDuplicates().isEqualTo(scanAll(1000));
  }

  @Test
  void givenUsers_countInactive_matchesTheScan() {
    long count = directory.countInactive(CUTOFF);

    assertThat(count).isEqualTo(scanAll(1000).size()).isEqualTo(3 + 3 + 35);
  }

  @Test
  void givenUsers_countUsers_countsEveryone() {
    long count = directory.countUsers();

    assertThat(count).isEqualTo(4 + 5 + 35);
  }

  @Test
  void givenEmailInOtherCase_findByEmail_findsTheUser() {
    var found = directory.findByEmail("AT@Example.ORG");

    assertThat(found).map(EdxUser::id).contains(10L);
  }

  @Test
  void givenEmailWithQuotesUnicodeAndSql_findByEmail_findsExactlyThatUser() {
    var found = directory.findByEmail(EdxLikeFixture.VICTIM_EMAIL);

    assertThat(found).map(EdxUser::id).contains(EdxLikeFixture.VICTIM);
    assertThat(found.get().lastLogin()).contains(Instant.parse("2015-03-01T10:00:00Z"));
  }

  @Test
  void givenUnknownEmail_findByEmail_isEmpty() {
    var found = directory.findByEmail("' OR '1'='1");

    assertThat(found).isEmpty();
  }

  @Test
  void givenIds_findByIds_returnsExistingOnesInOrder() {
    var found = directory.findByIds(List.of(12L, 999L, 10L));

    assertThat(found).map(EdxUser::id).containsExactly(10L, 12L);
    assertThat(directory.findById(13)).map(EdxUser::lastLogin).contains(Optional.empty());
  }

  @Test
  void givenLaterActivityInAProbedTable_findInactive_leavesTheUserOut() {
    var probes =
        new ActivityProbes(List.of(ActivityProbe.parse("authtoken_token.user_id.created")));
    var probed = new JooqEdxUserDirectory(fixture.database, probes);

    var ids = probed.findInactive(CUTOFF, 13, 1000).stream().map(EdxUser::id).toList();

    assertThat(ids).doesNotContain(14L).contains(100L);
    assertThat(directory.findById(14)).isPresent();
    assertThat(probed.countInactive(CUTOFF)).isEqualTo(directory.countInactive(CUTOFF) - 1);
  }

  @Test
  void givenUnreachableDatabase_findInactive_throwsDirectoryUnavailable() {
    var settings =
        EdxDatabaseSettings.of("jdbc:mariadb://127.0.0.1:1/none", "root", "", EdxDialect.MARIADB);
    try (var down = new EdxDatabase(settings)) {
      var broken = new JooqEdxUserDirectory(down);

      var error = assertThatThrownBy(() -> broken.findInactive(CUTOFF, 0, 10));

      error.isInstanceOf(DirectoryUnavailableException.class);
    }
  }
}

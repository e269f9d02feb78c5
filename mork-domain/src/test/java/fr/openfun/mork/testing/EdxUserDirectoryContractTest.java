package fr.openfun.mork.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EdxUserDirectory} guarantees. Extend it with a factory that seeds the given
 * users into a fresh, otherwise empty directory (the in-memory fake, or a real edX database).
 */
public abstract class EdxUserDirectoryContractTest {
  protected static final Instant CUTOFF = Instant.parse("2021-01-15T10:00:00Z");

  /** A directory holding exactly these users. */
  protected abstract EdxUserDirectory directoryWith(List<EdxUser> users);

  private static EdxUser user(long id, Instant lastLogin) {
    return EdxUserFixtures.anEdxUser().withId(id).withLastLogin(lastLogin).build();
  }

  @Test
  void givenUsersEitherSideOfTheCutoff_findInactive_returnsThoseAtOrBeforeItInIdOrder() {
    EdxUserDirectory directory =
        directoryWith(
            List.of(
                user(30, CUTOFF),
                user(10, CUTOFF.minusSeconds(1)),
                user(20, CUTOFF.plusSeconds(1))));

    List<EdxUser> page = directory.findInactive(CUTOFF, 0, 10);

    assertThat(page).extracting(EdxUser::id).containsExactly(10L, 30L);
  }

  @Test
  void givenNeverLoggedIn_findInactive_usesTheDateJoined() {
    EdxUser joinedLongAgo =
        EdxUserFixtures.anEdxUser()
            .withId(5)
            .neverLoggedIn()
            .withDateJoined(CUTOFF.minusSeconds(60))
            .build();
    EdxUser joinedRecently =
        EdxUserFixtures.anEdxUser()
            .withId(6)
            .neverLoggedIn()
            .withDateJoined(CUTOFF.plusSeconds(60))
            .build();
    EdxUserDirectory directory = directoryWith(List.of(joinedLongAgo, joinedRecently));

    List<EdxUser> page = directory.findInactive(CUTOFF, 0, 10);

    assertThat(page).containsExactly(joinedLongAgo);
  }

  @Test
  void givenKeyset_findInactive_returnsAtMostLimitUsersAfterTheId() {
    EdxUserDirectory directory =
        directoryWith(List.of(user(1, CUTOFF), user(2, CUTOFF), user(3, CUTOFF), user(4, CUTOFF)));

    List<EdxUser> page = directory.findInactive(CUTOFF, 1, 2);

    assertThat(page).extracting(EdxUser::id).containsExactly(2L, 3L);
  }

  @Test
  void givenUsers_counts_tellInactiveAndAll() {
    EdxUserDirectory directory =
        directoryWith(List.of(user(1, CUTOFF), user(2, CUTOFF.plusSeconds(1))));

    long inactive = directory.countInactive(CUTOFF);

    assertThat(inactive).isEqualTo(1);
    assertThat(directory.countUsers()).isEqualTo(2);
  }

  @Test
  void givenEmailInAnotherCase_findByEmail_findsTheUser() {
    EdxUser user = EdxUserFixtures.anEdxUser().withId(7).withEmail("Jane.Doe@Example.org").build();
    EdxUserDirectory directory = directoryWith(List.of(user));

    var found = directory.findByEmail("jane.doe@example.ORG");

    assertThat(found).contains(user);
    assertThat(directory.findByEmail("john@example.org")).isEmpty();
  }

  @Test
  void givenIds_findByIdAndIds_returnOnlyExistingUsersInIdOrder() {
    EdxUserDirectory directory = directoryWith(List.of(user(3, CUTOFF), user(1, CUTOFF)));

    List<EdxUser> found = directory.findByIds(List.of(3L, 2L, 1L));

    assertThat(found).extracting(EdxUser::id).containsExactly(1L, 3L);
    assertThat(directory.findById(2)).isEmpty();
    assertThat(directory.findById(3)).map(EdxUser::id).contains(3L);
  }
}

package fr.openfun.mork.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WarningRepository} guarantees. */
public abstract class WarningRepositoryContractTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  private WarningRepository warnings;

  /** A new, empty repository (each call). */
  protected abstract WarningRepository newWarnings();

  @BeforeEach
  void createRepository() {
    warnings = newWarnings();
  }

  @Test
  void givenRecordedWarning_findFor_returnsIt() {
    var warning = new Warning(EdxUserFixtures.anyEdxUserId(), 1, T0);
    warnings.record(warning);

    var found = warnings.findFor(List.of(warning.edxUserId()));

    assertThat(found).containsExactly(warning);
  }

  @Test
  void givenSameWarningTwice_record_keepsOne() {
    var warning = new Warning(EdxUserFixtures.anyEdxUserId(), 1, T0);
    warnings.record(warning);

    warnings.record(warning);

    assertThat(warnings.findFor(List.of(warning.edxUserId()))).hasSize(1);
  }

  @Test
  void givenWarningsOfSeveralUsers_findFor_returnsTheirsOldestFirst() {
    long a = EdxUserFixtures.anyEdxUserId();
    long b = EdxUserFixtures.anyEdxUserId();
    long other = EdxUserFixtures.anyEdxUserId();
    warnings.record(new Warning(a, 2, T0.plusSeconds(20)));
    warnings.record(new Warning(b, 1, T0.plusSeconds(10)));
    warnings.record(new Warning(a, 1, T0));
    warnings.record(new Warning(other, 1, T0));

    var found = warnings.findFor(List.of(a, b));

    assertThat(found)
        .containsExactly(
            new Warning(a, 1, T0),
            new Warning(b, 1, T0.plusSeconds(10)),
            new Warning(a, 2, T0.plusSeconds(20)));
  }

  @Test
  void givenWarningsOfTwoUsers_clear_forgetsOnlyThatUser() {
    long a = EdxUserFixtures.anyEdxUserId();
    long b = EdxUserFixtures.anyEdxUserId();
    warnings.record(new Warning(a, 1, T0));
    warnings.record(new Warning(b, 1, T0));

    warnings.clear(a);

    assertThat(warnings.findFor(List.of(a, b))).containsExactly(new Warning(b, 1, T0));
  }

  @Test
  void givenWarningsOfThreeUsers_clearAll_forgetsOnlyThoseNamed() {
    long a = EdxUserFixtures.anyEdxUserId();
    long b = EdxUserFixtures.anyEdxUserId();
    long c = EdxUserFixtures.anyEdxUserId();
    List.of(a, b, c).forEach(id -> warnings.record(new Warning(id, 1, T0)));

    warnings.clearAll(List.of(a, c));

    assertThat(warnings.findFor(List.of(a, b, c))).containsExactly(new Warning(b, 1, T0));
  }

  @Test
  void givenNoIds_findFor_isEmpty() {
    warnings.record(new Warning(EdxUserFixtures.anyEdxUserId(), 1, T0));

    var found = warnings.findFor(List.of());

    assertThat(found).isEmpty();
  }
}

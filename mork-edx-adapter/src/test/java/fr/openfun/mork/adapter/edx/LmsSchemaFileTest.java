package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class LmsSchemaFileTest {
  private static final Path ROOT = Path.of("/ci/build/mork");
  private static final Path DEFAULT_DUMP =
      Path.of("/ci/build/shared/fixtures/edx/edx_lms_schema.sql");

  private static LmsSchemaFile file(Map<String, String> env, Set<Path> files) {
    return new LmsSchemaFile(env, Optional.of(ROOT), files::contains);
  }

  @Test
  void givenCiAndNoDump_require_failsTheTest() {
    LmsSchemaFile file = file(Map.of("CI", "true"), Set.of());

    var thrown = assertThatThrownBy(file::require);

    thrown
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(DEFAULT_DUMP.toString())
        .hasMessageContaining("MORK_EDX_LMS_SCHEMA");
  }

  @Test
  void givenCiAndAMissingOverride_require_failsTheTest() {
    LmsSchemaFile file =
        file(Map.of("CI", "TRUE", "MORK_EDX_LMS_SCHEMA", "/nowhere/lms.sql"), Set.of(DEFAULT_DUMP));

    var thrown = assertThatThrownBy(file::require);

    thrown.isInstanceOf(AssertionFailedError.class).hasMessageContaining("/nowhere/lms.sql");
  }

  @Test
  void givenNoCiAndNoDump_require_skipsTheTest() {
    LmsSchemaFile file = file(Map.of(), Set.of());

    var thrown = assertThatThrownBy(file::require);

    thrown.isInstanceOf(TestAbortedException.class).hasMessageContaining(DEFAULT_DUMP.toString());
  }

  @Test
  void givenCiFalseAndNoDump_require_skipsTheTest() {
    LmsSchemaFile file = file(Map.of("CI", "false"), Set.of());

    var thrown = assertThatThrownBy(file::require);

    thrown.isInstanceOf(TestAbortedException.class);
  }

  @Test
  void givenTheDumpBesideTheRepository_require_returnsIt() {
    LmsSchemaFile file = file(Map.of("CI", "true"), Set.of(DEFAULT_DUMP));

    Path found = file.require();

    assertThat(found).isEqualTo(DEFAULT_DUMP);
  }

  @Test
  void givenAnOverride_require_prefersItToTheDefault() {
    Path override = Path.of("/data/lms.sql");
    LmsSchemaFile file =
        file(
            Map.of("CI", "true", "MORK_EDX_LMS_SCHEMA", override.toString()),
            Set.of(override, DEFAULT_DUMP));

    Path found = file.require();

    assertThat(found).isEqualTo(override);
  }

  @Test
  void givenNoRepositoryRootAndCi_require_failsTheTest() {
    LmsSchemaFile file = new LmsSchemaFile(Map.of("CI", "true"), Optional.empty(), p -> true);

    var thrown = assertThatThrownBy(file::require);

    thrown
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("repository root not found");
  }
}

package fr.openfun.mork.adapter.edx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real Open edX LMS schema dump: {@code MORK_EDX_LMS_SCHEMA}, else {@code
 * ../shared/fixtures/edx/edx_lms_schema.sql} relative to the repository root (Maven's {@code
 * maven.multiModuleProjectDirectory}, else found by walking up from the working directory). When
 * the dump is missing, {@link #require()} fails the test under {@code CI=true} and skips it
 * elsewhere. The environment, the root and the file test are parameters, so that this decision is
 * unit-tested ({@code LmsSchemaFileTest}).
 */
final class LmsSchemaFile {
  static final String VARIABLE = "MORK_EDX_LMS_SCHEMA";
  static final String DEFAULT = "../shared/fixtures/edx/edx_lms_schema.sql";

  private final Map<String, String> env;
  private final Optional<Path> root;
  private final Predicate<Path> isFile;

  LmsSchemaFile(Map<String, String> env, Optional<Path> root, Predicate<Path> isFile) {
    this.env = Map.copyOf(env);
    this.root = root;
    this.isFile = isFile;
  }

  static LmsSchemaFile fromEnvironment() {
    return new LmsSchemaFile(System.getenv(), root(), Files::isRegularFile);
  }

  /** Where the dump is expected: the override when set, else the default beside the root. */
  Optional<Path> expected() {
    String override = env.get(VARIABLE);
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override));
    }
    return root.map(r -> r.resolve(DEFAULT).normalize());
  }

  Optional<Path> locate() {
    return expected().filter(isFile);
  }

  /** The dump; when missing, fails the calling test if {@code CI=true}, else aborts (skips) it. */
  Path require() {
    Optional<Path> found = locate();
    if (found.isPresent()) {
      return found.get();
    }
    String message =
        "edX LMS schema dump not found at "
            + expected().map(Path::toString).orElse(DEFAULT + " (repository root not found)")
            + " (set "
            + VARIABLE
            + ")";
    if ("true".equalsIgnoreCase(env.get("CI"))) {
      return Assertions.fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable: " + message);
  }

  private static Optional<Path> root() {
    String property = System.getProperty("maven.multiModuleProjectDirectory");
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property).toAbsolutePath());
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("mork-domain"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

package fr.openfun.mork.adapter.edx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real Open edX LMS schema dump: {@code MORK_EDX_LMS_SCHEMA}, else {@code
 * ../shared/fixtures/edx/edx_lms_schema.sql} relative to the repository root (Maven's {@code
 * maven.multiModuleProjectDirectory}, else found by walking up from the working directory).
 */
final class LmsSchemaFile {
  private LmsSchemaFile() {}

  static Optional<Path> locate() {
    String override = System.getenv("MORK_EDX_LMS_SCHEMA");
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override)).filter(Files::isRegularFile);
    }
    return root()
        .map(r -> r.resolve("../shared/fixtures/edx/edx_lms_schema.sql").normalize())
        .filter(Files::isRegularFile);
  }

  static String expectedLocation() {
    return root()
        .map(r -> r.resolve("../shared/fixtures/edx/edx_lms_schema.sql").normalize().toString())
        .orElse("../shared/fixtures/edx/edx_lms_schema.sql (repository root not found)");
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

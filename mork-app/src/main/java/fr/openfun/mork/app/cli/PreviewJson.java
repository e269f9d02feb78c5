package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.ErasureOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code mork plan --email ... --json}: what erasing one user would do. {@code outcome} is {@code
 * erased}, {@code protected}, {@code accepted}, {@code not_found}, {@code spared}, {@code failed},
 * or {@code no_such_user}; {@code counts} the rows per table, {@code tables} the protecting tables.
 */
record PreviewJson(
    String email,
    String outcome,
    Map<String, Long> counts,
    List<String> tables,
    Optional<String> detail) {

  static PreviewJson from(String maskedEmail, Optional<ErasureOutcome> preview) {
    if (preview.isEmpty()) {
      return new PreviewJson(maskedEmail, "no_such_user", Map.of(), List.of(), Optional.empty());
    }
    return switch (preview.get()) {
      case ErasureOutcome.Erased e ->
          new PreviewJson(
              maskedEmail, "erased", new TreeMap<>(e.counts()), List.of(), Optional.empty());
      case ErasureOutcome.Protected p ->
          new PreviewJson(maskedEmail, "protected", Map.of(), p.tables(), Optional.empty());
      case ErasureOutcome.Accepted a ->
          new PreviewJson(maskedEmail, "accepted", Map.of(), List.of(), Optional.of(a.detail()));
      case ErasureOutcome.NotFound n ->
          new PreviewJson(maskedEmail, "not_found", Map.of(), List.of(), Optional.empty());
      case ErasureOutcome.Spared s ->
          new PreviewJson(maskedEmail, "spared", Map.of(), List.of(), Optional.of(s.reason()));
      case ErasureOutcome.Failed f ->
          new PreviewJson(
              maskedEmail,
              "failed",
              Map.of(),
              List.of(),
              Optional.of(f.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.reason()));
    };
  }
}
